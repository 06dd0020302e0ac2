package org.connectedservice.engine.internal.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Condition;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;

/** Rules and readings for tests, written the way a rule reads: rule("hot").above(70).sustain(30)... */
public final class RuleBuilder {

    public static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final String id;
    private int version = 1;
    private RuleScope scope = RuleScope.deviceType("Thermostat");
    private String measurement = "Temperature";
    private Condition condition = Condition.of(ConditionKind.GREATER_THAN, 70);
    private Aggregation aggregation = Aggregation.INSTANT;
    private Duration sustain = Duration.ZERO;
    private Double clear;
    private Duration suppression = Duration.ZERO;

    private RuleBuilder(String id) {
        this.id = id;
    }

    public static RuleBuilder rule(String id) {
        return new RuleBuilder(id);
    }

    public RuleBuilder version(int number) {
        version = number;
        return this;
    }

    public RuleBuilder type(String deviceType) {
        scope = RuleScope.deviceType(deviceType);
        return this;
    }

    public RuleBuilder devices(String... ids) {
        scope = new RuleScope(RuleScope.Kind.DEVICES, List.of(ids));
        return this;
    }

    public RuleBuilder asset(String asset) {
        scope = new RuleScope(RuleScope.Kind.ASSET, List.of(asset));
        return this;
    }

    public RuleBuilder on(String name) {
        measurement = name;
        return this;
    }

    public RuleBuilder when(ConditionKind kind, double threshold) {
        condition = Condition.of(kind, threshold);
        return this;
    }

    public RuleBuilder above(double threshold) {
        return when(ConditionKind.GREATER_THAN, threshold);
    }

    public RuleBuilder band(ConditionKind kind, double lower, double upper) {
        condition = Condition.band(kind, lower, upper);
        return this;
    }

    public RuleBuilder silentFor(int seconds) {
        condition = Condition.noData(Duration.ofSeconds(seconds));
        return this;
    }

    public RuleBuilder window(Aggregation window) {
        aggregation = window;
        return this;
    }

    public RuleBuilder sustain(int seconds) {
        sustain = Duration.ofSeconds(seconds);
        return this;
    }

    public RuleBuilder clearAt(double threshold) {
        clear = threshold;
        return this;
    }

    public RuleBuilder suppress(int seconds) {
        suppression = Duration.ofSeconds(seconds);
        return this;
    }

    public ThresholdRule build() {
        return new ThresholdRule(id, version, id + " rule", scope, measurement, condition, aggregation, sustain, clear,
                Severity.HIGH, null, suppression, null);
    }

    public static Reading reading(String device, String type, double second, String measurement, double value) {
        return new Reading(device, type, at(second), Map.of(measurement, value));
    }

    public static Reading thermostat(String device, double second, double temperature) {
        return reading(device, "Thermostat", second, "Temperature", temperature);
    }

    public static Instant at(double second) {
        return T0.plusMillis(Math.round(second * 1000));
    }
}
