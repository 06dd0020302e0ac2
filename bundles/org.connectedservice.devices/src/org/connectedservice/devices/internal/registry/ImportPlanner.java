package org.connectedservice.devices.internal.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.connectedservice.core.devices.CustomerAsset;
import org.connectedservice.core.devices.ImportPreview;
import org.connectedservice.core.devices.ImportPreview.Action;
import org.connectedservice.core.devices.ImportPreview.Line;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.RegistrationStatus;
import org.connectedservice.core.model.Device;

/**
 * Works out what an import would do against the registry as it is: each line adds a device, changes it, leaves it
 * unchanged, or is an error that says which line and field and what to do. Columns a CSV file lacks keep their
 * stored values; an empty asset disconnects. Asset names match existing assets ignoring case.
 */
final class ImportPlanner {

    private final Map<String, RegisteredDevice> current = new HashMap<>();
    private final Map<String, String> assetsByLowerName = new HashMap<>();
    private final Set<String> newAssets = new LinkedHashSet<>();
    private final Map<String, Integer> seenOnLine = new HashMap<>();
    private final List<Line> lines = new ArrayList<>();

    ImportPlanner(List<RegisteredDevice> devices, List<CustomerAsset> assets) {
        devices.forEach(d -> current.put(d.id(), d));
        assets.forEach(a -> assetsByLowerName.put(a.name().toLowerCase(Locale.ROOT), a.name()));
    }

    static ImportPreview fromCsv(String source, String text, List<RegisteredDevice> devices,
            List<CustomerAsset> assets) {
        ImportPlanner planner = new ImportPlanner(devices, assets);
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(text);
        } catch (CsvReader.UnclosedQuote e) {
            return planner.preview(source, false, List.of(error(e.line, null, e.getMessage())));
        }
        if (rows.isEmpty()) {
            return planner.preview(source, false, List.of(error(1, null, "the file is empty; the first line must"
                    + " name the columns, e.g. " + String.join(",", DeviceCsv.EDITABLE))));
        }
        DeviceCsv.Header header;
        try {
            header = DeviceCsv.header(rows.get(0).fields());
        } catch (IllegalArgumentException e) {
            return planner.preview(source, false, List.of(error(rows.get(0).line(), null, "line "
                    + rows.get(0).line() + ": " + e.getMessage())));
        }
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            planner.csvRow(header, row);
        }
        return planner.preview(source, false, planner.lines);
    }

    static ImportPreview fromHub(String source, List<Device> hubDevices, List<RegisteredDevice> devices,
            List<CustomerAsset> assets) {
        ImportPlanner planner = new ImportPlanner(devices, assets);
        int line = 0;
        for (Device device : hubDevices) {
            line++;
            String problem = DeviceCsv.idProblem(device.id());
            if (problem != null) {
                planner.lines.add(error(line, device.id(), "device " + line + ": " + problem));
            } else {
                planner.plan(line, device.id(), device.name(), device.deviceType(), device.asset(), true);
            }
        }
        return planner.preview(source, true, planner.lines);
    }

    private void csvRow(DeviceCsv.Header header, CsvReader.Row row) {
        String where = "line " + row.line() + ": ";
        if (row.fields().size() != header.width()) {
            lines.add(error(row.line(), null, where + "has " + row.fields().size() + " fields but the header has "
                    + header.width() + "; quote fields that hold a comma"));
            return;
        }
        String id = header.field(row.fields(), DeviceCsv.DEVICE_ID);
        String problem = DeviceCsv.idProblem(id);
        String name = header.field(row.fields(), DeviceCsv.NAME);
        String asset = header.field(row.fields(), DeviceCsv.ASSET);
        if (problem == null && name != null && name.length() > DeviceCsv.MAX_NAME_CHARS) {
            problem = "name is longer than " + DeviceCsv.MAX_NAME_CHARS + " characters";
        }
        if (problem == null && asset != null && asset.length() > CustomerAsset.MAX_NAME_CHARS) {
            problem = "asset is longer than " + CustomerAsset.MAX_NAME_CHARS + " characters";
        }
        if (problem == null && seenOnLine.containsKey(id)) {
            problem = DeviceCsv.DEVICE_ID + " '" + id + "' is also on line " + seenOnLine.get(id)
                    + "; list each device once";
        }
        if (problem != null) {
            lines.add(error(row.line(), id.isEmpty() ? null : id, where + problem));
            return;
        }
        seenOnLine.put(id, row.line());
        RegisteredDevice stored = current.get(id);
        plan(row.line(), id, name != null || stored == null ? name : stored.name(),
                header.has(DeviceCsv.DEVICE_TYPE) || stored == null ? header.field(row.fields(), DeviceCsv.DEVICE_TYPE)
                        : stored.deviceType(),
                header.has(DeviceCsv.ASSET) || stored == null ? asset : stored.asset(), false);
    }

    private void plan(int line, String id, String name, String deviceType, String asset, boolean fromHub) {
        String assetName = assetName(asset);
        RegisteredDevice stored = current.get(id);
        if (stored == null) {
            RegistrationStatus status = fromHub ? RegistrationStatus.REGISTERED : RegistrationStatus.UNREGISTERED;
            lines.add(new Line(line, Action.ADD, id, RegisteredDevice.of(id, name, deviceType, assetName, status),
                    List.of(), null));
            return;
        }
        RegisteredDevice proposed = stored.withDetails(name, deviceType, assetName);
        if (fromHub) {
            proposed = proposed.withRegistration(RegistrationStatus.REGISTERED, "");
        }
        List<String> changes = new ArrayList<>();
        compare(changes, "name", stored.name(), proposed.name());
        compare(changes, "deviceType", stored.deviceType(), proposed.deviceType());
        compare(changes, "asset", stored.asset(), proposed.asset());
        compare(changes, "registration", stored.registration().label(), proposed.registration().label());
        lines.add(new Line(line, changes.isEmpty() ? Action.UNCHANGED : Action.CHANGE, id, proposed, changes, null));
    }

    private String assetName(String asset) {
        if (asset == null || asset.isBlank()) {
            return null;
        }
        String key = asset.strip().toLowerCase(Locale.ROOT);
        String existing = assetsByLowerName.get(key);
        if (existing != null) {
            return existing;
        }
        assetsByLowerName.put(key, asset.strip());
        newAssets.add(asset.strip());
        return asset.strip();
    }

    private static void compare(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + shown(before) + " -> " + shown(after));
        }
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(none)" : "'" + value + "'";
    }

    private static Line error(int line, String deviceId, String problem) {
        return new Line(line, Action.ERROR, deviceId, null, List.of(), problem);
    }

    private ImportPreview preview(String source, boolean fromHub, List<Line> planned) {
        return new ImportPreview(source, fromHub, planned, List.copyOf(newAssets));
    }
}
