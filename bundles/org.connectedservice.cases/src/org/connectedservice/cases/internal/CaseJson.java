package org.connectedservice.cases.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.connectedservice.core.cases.CasePriority;
import org.connectedservice.core.cases.CaseStatus;
import org.connectedservice.core.cases.ServiceCase;
import org.connectedservice.core.cases.ServiceRecord;
import org.connectedservice.core.cases.WorkOrder;
import org.connectedservice.core.cases.WorkOrderStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One line of the case log: a case or work order as it is after a change, with "kind" saying which. */
final class CaseJson {

    static final String CASE = "case";
    static final String WORK_ORDER = "workorder";

    private CaseJson() {
    }

    static ObjectNode write(ServiceRecord record) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (record) {
            case ServiceCase c -> {
                node.put("kind", CASE).put("id", c.id()).put("title", c.title()).put("alertId", c.alertId())
                        .put("faultToken", c.faultToken()).put("deviceId", c.deviceId()).put("asset", c.asset())
                        .put("priority", c.priority().name()).put("status", c.status().name())
                        .put("created", c.created().toString()).put("createdBy", c.createdBy())
                        .put("resolved", c.resolved() == null ? null : c.resolved().toString())
                        .put("resolution", c.resolution());
            }
            case WorkOrder w -> node.put("kind", WORK_ORDER).put("id", w.id()).put("caseId", w.caseId())
                    .put("deviceId", w.deviceId()).put("type", w.type()).put("instructions", w.instructions())
                    .put("status", w.status().name()).put("created", w.created().toString())
                    .put("createdBy", w.createdBy());
        }
        return node;
    }

    /** @throws IllegalArgumentException naming the field that is missing or wrong */
    static ServiceRecord read(JsonNode node) {
        String kind = text(node, "kind");
        return switch (kind) {
            case CASE -> new ServiceCase(text(node, "id"), text(node, "title"), number(node, "alertId"),
                    optional(node, "faultToken"), text(node, "deviceId"), optional(node, "asset"),
                    value(CasePriority.class, node, "priority"), value(CaseStatus.class, node, "status"),
                    time(node, "created"), optional(node, "createdBy"),
                    node.path("resolved").isTextual() ? time(node, "resolved") : null, optional(node, "resolution"));
            case WORK_ORDER -> new WorkOrder(text(node, "id"), text(node, "caseId"), text(node, "deviceId"),
                    text(node, "type"), optional(node, "instructions"), value(WorkOrderStatus.class, node, "status"),
                    time(node, "created"), optional(node, "createdBy"));
            default -> throw new IllegalArgumentException("kind \"" + kind + "\" is neither \"" + CASE + "\" nor \""
                    + WORK_ORDER + "\"");
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not a text");
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not a whole number");
        }
        return value.asLong();
    }

    private static Instant time(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not a time like 2026-11-26T10:00:00Z: " + text);
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, JsonNode node, String field) {
        String text = text(node, field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + field + "\" is " + text + ", not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
