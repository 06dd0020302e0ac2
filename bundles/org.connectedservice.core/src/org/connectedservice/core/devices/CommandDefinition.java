package org.connectedservice.core.devices;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command field admins can send (msdyn_iotdevicecommanddefinition). target is the method name, the message's
 * command property, or the desired property's name. The payload template is JSON in which ${name} stands for a
 * parameter's value, written as JSON of its type. timeout is how long the outcome may take: a direct method's
 * response timeout, a message's expiry, or the time the device has to report a desired value back. connectTimeout
 * (direct methods only) is how long the hub waits for an offline device to connect. effect is null when nothing is
 * checked after success.
 */
public record CommandDefinition(String name, CommandKind kind, String target, String payloadTemplate,
        List<CommandParameter> parameters, Duration timeout, Duration connectTimeout, EffectCheck effect,
        String description) {

    public CommandDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        payloadTemplate = payloadTemplate == null || payloadTemplate.isBlank() ? "null" : payloadTemplate;
        parameters = List.copyOf(parameters);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + ": the timeout must be positive, got " + timeout);
        }
        connectTimeout = connectTimeout == null ? Duration.ZERO : connectTimeout;
        description = description == null ? "" : description;
    }

    public Optional<EffectCheck> effectCheck() {
        return Optional.ofNullable(effect);
    }

    public Optional<CommandParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
