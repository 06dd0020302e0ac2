package org.connectedservice.core.model;

import java.util.List;

/** Which devices a rule watches: all of a device type, a list of devices, or all devices of a customer asset. */
public record RuleScope(Kind kind, List<String> values) {

    public enum Kind {
        DEVICE_TYPE, DEVICES, ASSET
    }

    public RuleScope {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a rule scope needs at least one " + kind.name().toLowerCase().replace('_', ' '));
        }
    }

    public static RuleScope deviceType(String type) {
        return new RuleScope(Kind.DEVICE_TYPE, List.of(type));
    }

    public boolean matches(String deviceId, String deviceType, String asset) {
        String subject = switch (kind) {
            case DEVICE_TYPE -> deviceType;
            case DEVICES -> deviceId;
            case ASSET -> asset;
        };
        if (subject == null) {
            return false;
        }
        for (String v : values) {
            if (v.equalsIgnoreCase(subject)) {
                return true;
            }
        }
        return false;
    }
}
