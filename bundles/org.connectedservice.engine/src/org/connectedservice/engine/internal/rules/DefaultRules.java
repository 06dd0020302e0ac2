package org.connectedservice.engine.internal.rules;

import java.util.List;

import org.connectedservice.core.model.ThresholdRule;

/** The rules a new workspace starts with: the default devicerules.json of Connected Field Service. */
public final class DefaultRules {

    public static final String DEVICE_RULES_JSON = """
            [
              {
                "DeviceType": "Thermostat",
                "Temperature": 70.0,
                "TemperatureRuleOutput": "AlarmTemp",
                "Humidity": null,
                "HumidityRuleOutput": null
              },
              {
                "DeviceType": "Pump",
                "Pressure": 8.5,
                "PressureRuleOutput": "AlarmPressure",
                "Vibration": 7.0,
                "VibrationRuleOutput": "AlarmVibration"
              }
            ]
            """;

    public static final String AUTHOR = "console";
    public static final String COMMENT = "default rules";

    private DefaultRules() {
    }

    public static List<ThresholdRule> rules() {
        try {
            return DeviceRulesJson.read("default devicerules.json", DEVICE_RULES_JSON);
        } catch (RulesFileException e) {
            throw new IllegalStateException("the built-in default rules do not parse", e);
        }
    }
}
