package org.connectedservice.ui.devices;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;

import org.connectedservice.core.devices.RegisteredDevice;

/** The columns of the Devices view: how each shows and sorts. */
enum DeviceColumn {
    ID("Device", 130, RegisteredDevice::id, Comparator.comparing(RegisteredDevice::id)),
    NAME("Name", 140, RegisteredDevice::name, Comparator.comparing(RegisteredDevice::name)),
    TYPE("Type", 90, RegisteredDevice::deviceType, Comparator.comparing(RegisteredDevice::deviceType)),
    ASSET("Customer asset", 130, d -> d.asset() == null ? "" : d.asset(),
            Comparator.comparing(d -> d.asset() == null ? "" : d.asset())),
    REGISTRATION("Registration", 110, DeviceColumn::registration, Comparator.comparing(RegisteredDevice::registration)),
    CONNECTION("Connection", 100, d -> d.connection().label(), Comparator.comparing(RegisteredDevice::connection)),
    LAST_ACTIVITY("Last activity", 140, d -> time(d.lastActivity()),
            Comparator.comparing(RegisteredDevice::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder())));

    static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final String title;
    private final int width;
    private final Function<RegisteredDevice, String> text;
    private final Comparator<RegisteredDevice> comparator;

    DeviceColumn(String title, int width, Function<RegisteredDevice, String> text,
            Comparator<RegisteredDevice> comparator) {
        this.title = title;
        this.width = width;
        this.text = text;
        this.comparator = comparator;
    }

    String title() {
        return title;
    }

    int width() {
        return width;
    }

    String text(RegisteredDevice device) {
        return text.apply(device);
    }

    Comparator<RegisteredDevice> comparator() {
        return comparator;
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME_FORMAT.format(instant);
    }

    private static String registration(RegisteredDevice d) {
        return d.registrationMessage().isEmpty() ? d.registration().label()
                : d.registration().label() + ": " + d.registrationMessage();
    }
}
