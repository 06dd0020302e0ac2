package org.connectedservice.iothub.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;

/** Nested twin objects between Gson trees and the maps TwinCollection holds. */
final class JsonMaps {

    private static final Gson GSON = new Gson();

    private JsonMaps() {
    }

    static Map<String, Object> toMap(JsonObject object) {
        Map<String, Object> map = GSON.fromJson(object, new TypeToken<LinkedHashMap<String, Object>>() {
        }.getType());
        return map;
    }

    static String toJson(Map<?, ?> map) {
        JsonElement tree = GSON.toJsonTree(map);
        return tree.toString();
    }
}
