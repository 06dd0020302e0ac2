package org.connectedservice.iothub.internal;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.reflect.TypeToken;
import com.microsoft.azure.sdk.iot.device.twin.TwinCollection;

/**
 * Twin property values between the simulator (text) and the device SDK (Gson types). A simulated device keeps
 * property values as text; a value that is JSON (62, true, {"a":1}) goes to the twin as that JSON, anything else as
 * a string, so a desired 65 comes back reported as 65, not "65".
 */
final class TwinValues {

    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<LinkedHashMap<String, Object>>() {
    }.getType();

    private TwinValues() {
    }

    static TwinCollection reported(Map<String, String> properties) {
        TwinCollection collection = new TwinCollection();
        properties.forEach((name, text) -> collection.put(name, value(text)));
        return collection;
    }

    private static Object value(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonElement json = JsonParser.parseString(text);
            if (json.isJsonPrimitive()) {
                JsonPrimitive primitive = json.getAsJsonPrimitive();
                if (primitive.isBoolean()) {
                    return primitive.getAsBoolean();
                }
                if (primitive.isNumber()) {
                    return primitive.getAsBigDecimal();
                }
                return primitive.getAsString();
            }
            return json.isJsonObject() ? new TwinCollection(GSON.<Map<String, Object>>fromJson(json, MAP)) : text;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            return text;
        }
    }

    /** A desired value as JSON text, numbers without a needless ".0". */
    static String json(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return GSON.toJsonTree(map).toString();
        }
        return new JsonPrimitive(String.valueOf(value)).toString();
    }
}
