package org.connectedservice.devices.internal.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.connectedservice.core.devices.ConnectionState;
import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinSection;
import org.connectedservice.core.devices.TwinUpdate;
import org.connectedservice.core.model.Device;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A hand-written hub of fake devices (the simulated hub over the real simulator lives in the simulator bundle and
 * has its own tests). Devices send every second while online; a reboot keeps one offline for 15 s, then it sends
 * a heartbeat. Waiting moves the test clock, so timeouts take no time.
 */
public final class FakeHub implements DeviceGateway {

    public static final Duration REBOOT_SILENCE = Duration.ofSeconds(15);
    public static final Duration STEP = Duration.ofMillis(250);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One fake device; tests set how it misbehaves. */
    public static final class Box {
        final String id;
        final String asset;
        public boolean hung;
        public boolean staysDown;
        public boolean ignoresDesired;
        Instant offlineUntil;
        Instant lastActivity;
        Instant lastHeartbeat;
        public String displayed = "";
        ObjectNode tags = JSON.createObjectNode();
        ObjectNode desired = JSON.createObjectNode();
        ObjectNode reported = JSON.createObjectNode();
        long desiredVersion;
        long etag = 1;

        Box(String id, String asset) {
            this.id = id;
            this.asset = asset;
        }

        boolean online() {
            return offlineUntil == null;
        }
    }

    private record Message(String deviceId, String command, String body, Instant expires) {
    }

    public final TestClock clock;
    private final Map<String, Box> boxes = new TreeMap<>();
    private final Map<String, Message> queue = new LinkedHashMap<>();
    private final Map<String, Feedback> feedback = new HashMap<>();
    private long messages;

    public FakeHub(TestClock clock) {
        this.clock = clock;
    }

    public Box add(String id, String asset) {
        Box box = new Box(id, asset);
        box.lastActivity = clock.instant();
        boxes.put(id, box);
        return box;
    }

    public Box box(String id) {
        return boxes.get(id);
    }

    /** Time passes: devices come back, send, take their desired properties and messages. */
    public void pass(Duration duration) {
        clock.advance(duration);
        Instant now = clock.instant();
        for (Box box : boxes.values()) {
            if (!box.online() && !box.staysDown && !now.isBefore(box.offlineUntil)) {
                box.offlineUntil = null;
                box.lastHeartbeat = now;
            }
            if (box.online()) {
                box.lastActivity = now;
                if (!box.ignoresDesired) {
                    box.reported.setAll(box.desired);
                }
            }
        }
        queue.entrySet().removeIf(e -> deliver(e.getKey(), e.getValue(), now));
    }

    private boolean deliver(String id, Message message, Instant now) {
        Box box = boxes.get(message.deviceId());
        if (!now.isBefore(message.expires())) {
            feedback.put(id, new Feedback(DeliveryOutcome.EXPIRED, "expired before " + box.id + " took it"));
            return true;
        }
        if (!box.online() || box.hung) {
            return false;
        }
        if (message.command().equals("displayMessage")) {
            box.displayed = parse(message.body()).path("message").asText();
            feedback.put(id, new Feedback(DeliveryOutcome.COMPLETED, box.id + " shows '" + box.displayed + "'"));
        } else {
            feedback.put(id, new Feedback(DeliveryOutcome.REJECTED, "404 " + box.id + " does not understand '"
                    + message.command() + "'"));
        }
        return true;
    }

    /** The device drops off the network for a while. */
    public void disconnect(String deviceId, Duration duration) {
        boxes.get(deviceId).offlineUntil = clock.instant().plus(duration);
    }

    public Sleeper sleeper() {
        return this::pass;
    }

    private boolean waitFor(BooleanSupplier condition, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (!clock.instant().isBefore(deadline)) {
                return false;
            }
            pass(STEP);
        }
        return true;
    }

    @Override
    public String name() {
        return "the fake hub";
    }

    @Override
    public List<Device> devices() {
        return boxes.values().stream().map(b -> new Device(b.id, b.id.toUpperCase(), "Pump", b.asset)).toList();
    }

    @Override
    public Map<String, DeviceConnection> connections() {
        Map<String, DeviceConnection> all = new HashMap<>();
        boxes.forEach((id, b) -> all.put(id, new DeviceConnection(id, b.online() ? ConnectionState.CONNECTED
                : ConnectionState.DISCONNECTED, b.lastActivity, b.lastHeartbeat)));
        return all;
    }

    @Override
    public Optional<String> register(RegisteredDevice device) {
        return boxes.containsKey(device.id()) ? Optional.empty() : Optional.of("the fake hub has no " + device.id());
    }

    @Override
    public MethodResult invokeMethod(String deviceId, String method, String payload, Duration responseTimeout,
            Duration connectTimeout) {
        Box box = boxes.get(deviceId);
        if (box == null) {
            return new MethodResult(CallOutcome.UNKNOWN_DEVICE, 404, "\"no device " + deviceId + "\"");
        }
        if (!waitFor(box::online, connectTimeout)) {
            return new MethodResult(CallOutcome.OFFLINE, 404, "\"" + deviceId + " is offline\"");
        }
        if (box.hung) {
            pass(responseTimeout);
            return new MethodResult(CallOutcome.TIMED_OUT, 504, "\"" + deviceId + " did not answer\"");
        }
        return switch (method) {
            case "reboot" -> {
                box.offlineUntil = clock.instant().plus(REBOOT_SILENCE);
                yield new MethodResult(CallOutcome.ANSWERED, 200, "\"" + deviceId + " is rebooting\"");
            }
            case "setInterval" -> new MethodResult(CallOutcome.ANSWERED, 200, "{\"message\":\"" + deviceId
                    + " now sends every " + parse(payload).path("seconds").asText() + " s\"}");
            default -> new MethodResult(CallOutcome.ANSWERED, 404, "\"" + deviceId + " does not understand '"
                    + method + "'\"");
        };
    }

    @Override
    public Enqueued sendMessage(String deviceId, String body, Map<String, String> properties, Duration expiry) {
        if (!boxes.containsKey(deviceId)) {
            return new Enqueued(null, "the fake hub has no device " + deviceId);
        }
        String id = "m" + ++messages;
        queue.put(id, new Message(deviceId, properties.get(COMMAND_PROPERTY), body, clock.instant().plus(expiry)));
        return new Enqueued(id, null);
    }

    @Override
    public Feedback awaitFeedback(String messageId, Duration maxWait) {
        waitFor(() -> feedback.containsKey(messageId), maxWait);
        Feedback received = feedback.remove(messageId);
        return received != null ? received : new Feedback(DeliveryOutcome.NO_FEEDBACK, "no feedback");
    }

    @Override
    public Optional<DeviceTwin> twin(String deviceId) {
        Box box = boxes.get(deviceId);
        return box == null ? Optional.empty() : Optional.of(twinOf(box));
    }

    private DeviceTwin twinOf(Box box) {
        return new DeviceTwin(box.id, "\"" + box.etag + "\"", box.etag,
                new TwinSection(box.tags.toString(), 0, null, Map.of()),
                new TwinSection(box.desired.toString(), box.desiredVersion, null, Map.of()),
                new TwinSection(box.reported.toString(), 0, null, Map.of()));
    }

    /** Top-level merge patches only, which is all the tests send. */
    @Override
    public TwinUpdate updateTwin(String deviceId, TwinPatch patch) {
        Box box = boxes.get(deviceId);
        if (box == null) {
            return new TwinUpdate.Refused("the fake hub has no device " + deviceId);
        }
        if (!TwinPatch.ANY.equals(patch.ifMatch()) && !patch.ifMatch().equals("\"" + box.etag + "\"")) {
            return new TwinUpdate.Conflict(twinOf(box), List.of(), "etag " + patch.ifMatch() + " is stale");
        }
        merge(box.tags, patch.tags());
        if (merge(box.desired, patch.desired())) {
            box.desiredVersion++;
        }
        box.etag++;
        return new TwinUpdate.Applied(twinOf(box));
    }

    private static boolean merge(ObjectNode target, String patch) {
        if (patch == null) {
            return false;
        }
        parse(patch).properties().forEach(e -> {
            if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        });
        return true;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
