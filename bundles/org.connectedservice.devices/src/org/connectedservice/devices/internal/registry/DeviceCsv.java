package org.connectedservice.devices.internal.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.connectedservice.core.devices.ConnectionState;
import org.connectedservice.core.devices.RegisteredDevice;

/**
 * The registry's CSV format: deviceId,name,deviceType,asset, and on export the read-only status columns, which an
 * import ignores so an exported file imports again unchanged. Column names are matched ignoring case.
 */
final class DeviceCsv {

    static final String DEVICE_ID = "deviceId";
    static final String NAME = "name";
    static final String DEVICE_TYPE = "deviceType";
    static final String ASSET = "asset";
    static final List<String> EDITABLE = List.of(DEVICE_ID, NAME, DEVICE_TYPE, ASSET);
    static final List<String> READ_ONLY = List.of("registrationStatus", "connectionState", "lastActivity");
    static final int MAX_ID_CHARS = 128;
    static final int MAX_NAME_CHARS = 200;

    /* IoT Hub's rule for device ids: ASCII letters and digits and - . % _ * ? ! ( ) , : = @ $ ' */
    private static final Pattern DEVICE_ID_CHARS = Pattern.compile("[A-Za-z0-9\\-.%_*?!(),:=@$']+");

    private DeviceCsv() {
    }

    /** Column index by its name as spelled here. */
    record Header(Map<String, Integer> columns, int width) {

        boolean has(String column) {
            return columns.containsKey(column);
        }

        String field(List<String> fields, String column) {
            Integer at = columns.get(column);
            return at == null ? null : fields.get(at).strip();
        }
    }

    /** @throws IllegalArgumentException saying what is wrong with the header line */
    static Header header(List<String> fields) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> known = new ArrayList<>(EDITABLE);
        known.addAll(READ_ONLY);
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip();
            String column = known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown column '" + name + "'; the columns are "
                            + String.join(", ", EDITABLE) + " (" + String.join(", ", READ_ONLY)
                            + " are read-only and ignored)"));
            if (columns.put(column, i) != null) {
                throw new IllegalArgumentException("the column " + column + " appears twice");
            }
        }
        if (!columns.containsKey(DEVICE_ID)) {
            throw new IllegalArgumentException("the header has no " + DEVICE_ID + " column; the first line must"
                    + " name the columns, e.g. " + String.join(",", EDITABLE));
        }
        return new Header(Map.copyOf(columns), fields.size());
    }

    /** What is wrong with a device id, or null. */
    static String idProblem(String id) {
        if (id.isEmpty()) {
            return DEVICE_ID + " is empty";
        }
        if (id.length() > MAX_ID_CHARS) {
            return DEVICE_ID + " '" + id.substring(0, 20) + "...' is longer than " + MAX_ID_CHARS + " characters";
        }
        if (!DEVICE_ID_CHARS.matcher(id).matches()) {
            return DEVICE_ID + " '" + id + "' may hold only letters, digits and - . % _ * ? ! ( ) , : = @ $ '";
        }
        return null;
    }

    static String export(List<RegisteredDevice> devices) {
        List<String> header = new ArrayList<>(EDITABLE);
        header.addAll(READ_ONLY);
        CsvWriter csv = new CsvWriter().row(header);
        for (RegisteredDevice d : devices) {
            csv.row(List.of(d.id(), d.name(), d.deviceType(), d.asset() == null ? "" : d.asset(),
                    d.registration().label(), d.connection() == ConnectionState.UNKNOWN ? "" : d.connection().label(),
                    d.lastActivity() == null ? "" : d.lastActivity().toString()));
        }
        return csv.text();
    }
}
