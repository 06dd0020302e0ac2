package org.connectedservice.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.Condition;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.RuleScope;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;

/**
 * One benchmark scenario: the rules in our format and the same rules in Esper's EPL, both edge-triggered per device
 * and rule. The EPL keeps the open alerts (for (c) also the runs in progress) in a table keyed by device and rule
 * with an index by device, so only breaking readings reach the per-rule statements (filter-indexed by threshold) and
 * clearing is one index lookup per reading: how one would write it for Esper to be fast. (b) computes each device's
 * window average once for all rules. Both report a fault as (device, rule, window start, time), with our window
 * start: the raising reading for (a), the window start for (b), the start of the sustained run for (c).
 * Thresholds sit between the values two-decimal readings (and their averages) can take, so no comparison is a tie
 * that floating-point rounding could decide either way.
 */
enum Scenario {

    A("a", "instant thresholds") {
        @Override
        ThresholdRule rule(int i) {
            return ThresholdRule.greaterThan(id(i), 1, "hot " + i, TelemetryStream.DEVICE_TYPE,
                    TelemetryStream.MEASUREMENT, threshold(i), Severity.MEDIUM);
        }

        @Override
        double threshold(int i) {
            return 60.005 + i;
        }

        @Override
        String esperBase() {
            return """
                    create table OpenA(deviceId string primary key, ruleId string primary key, threshold double,
                      since long);
                    create index OpenAByDevice on OpenA(deviceId);
                    create schema RaisedA(deviceId string, ruleId string, since long, ts long);
                    @name('raised') select deviceId, ruleId, since, ts from RaisedA;
                    @name('cleared') on Reading as r select and delete o.deviceId as deviceId, o.ruleId as ruleId,
                      o.since as since, r.ts as ts, true as hot from OpenA as o
                      where o.deviceId = r.deviceId and r.temp <= o.threshold;
                    """;
        }

        @Override
        String esperRule() {
            return """
                    on Reading(temp > ?:threshold:double) as r merge OpenA as o
                    where o.deviceId = r.deviceId and o.ruleId = ?:ruleId:string
                    when not matched then
                      insert select r.deviceId as deviceId, ?:ruleId:string as ruleId, ?:threshold:double as threshold,
                        r.ts as since
                      then insert into RaisedA select r.deviceId as deviceId, ?:ruleId:string as ruleId, r.ts as since,
                        r.ts as ts
                    """;
        }
    },

    B("b", "10 s tumbling averages") {
        @Override
        ThresholdRule rule(int i) {
            return new ThresholdRule(id(i), 1, "hot average " + i, RuleScope.deviceType(TelemetryStream.DEVICE_TYPE),
                    TelemetryStream.MEASUREMENT, Condition.of(ConditionKind.GREATER_THAN, threshold(i)),
                    Aggregation.tumbling(Aggregation.Function.AVG, WINDOW), Duration.ZERO, null, Severity.MEDIUM,
                    null, Duration.ZERO, null);
        }

        @Override
        double threshold(int i) {
            return 55.0005 + 0.5 * i;
        }

        @Override
        String esperBase() {
            return """
                    create schema WindowAvg(deviceId string, mean double, windowEnd long);
                    insert into WindowAvg select deviceId, avg(temp) as mean, current_timestamp() as windowEnd
                      from Reading#time_batch(10 sec, 0L) group by deviceId;
                    create table OpenB(deviceId string primary key, ruleId string primary key, threshold double,
                      since long);
                    create index OpenBByDevice on OpenB(deviceId);
                    create schema RaisedB(deviceId string, ruleId string, since long, ts long);
                    @name('raised') select deviceId, ruleId, since, ts from RaisedB;
                    @name('cleared') on WindowAvg as w select and delete o.deviceId as deviceId, o.ruleId as ruleId,
                      o.since as since, w.windowEnd as ts, true as hot from OpenB as o
                      where o.deviceId = w.deviceId and w.mean <= o.threshold;
                    """;
        }

        @Override
        String esperRule() {
            return """
                    on WindowAvg(mean > ?:threshold:double) as w merge OpenB as o
                    where o.deviceId = w.deviceId and o.ruleId = ?:ruleId:string
                    when not matched then
                      insert select w.deviceId as deviceId, ?:ruleId:string as ruleId, ?:threshold:double as threshold,
                        w.windowEnd - 10000 as since
                      then insert into RaisedB select w.deviceId as deviceId, ?:ruleId:string as ruleId,
                        w.windowEnd - 10000 as since, w.windowEnd as ts
                    """;
        }
    },

    C("c", "30 s sustain + hysteresis") {
        @Override
        ThresholdRule rule(int i) {
            return new ThresholdRule(id(i), 1, "sustained heat " + i, RuleScope.deviceType(TelemetryStream.DEVICE_TYPE),
                    TelemetryStream.MEASUREMENT, Condition.of(ConditionKind.GREATER_THAN, threshold(i)),
                    Aggregation.INSTANT, SUSTAIN, clearAt(i), Severity.MEDIUM, null, Duration.ZERO, null);
        }

        @Override
        double threshold(int i) {
            return 55.005 + 0.5 * i;
        }

        @Override
        String esperBase() {
            return """
                    create table RunC(deviceId string primary key, ruleId string primary key, threshold double,
                      clearAt double, since long, hot boolean);
                    create index RunCByDevice on RunC(deviceId);
                    create schema RaisedC(deviceId string, ruleId string, since long, ts long);
                    @name('raised') select deviceId, ruleId, since, ts from RaisedC;
                    @name('cleared') on Reading as r select and delete s.deviceId as deviceId, s.ruleId as ruleId,
                      s.since as since, r.ts as ts, s.hot as hot from RunC as s
                      where s.deviceId = r.deviceId
                        and ((s.hot = false and r.temp <= s.threshold) or (s.hot = true and r.temp <= s.clearAt));
                    """;
        }

        @Override
        String esperRule() {
            return """
                    on Reading(temp > ?:threshold:double) as r merge RunC as s
                    where s.deviceId = r.deviceId and s.ruleId = ?:ruleId:string
                    when not matched then
                      insert select r.deviceId as deviceId, ?:ruleId:string as ruleId, ?:threshold:double as threshold,
                        ?:clearAt:double as clearAt, r.ts as since, false as hot
                    when matched and s.hot = false and r.ts - s.since >= 30000 then
                      update set hot = true
                      then insert into RaisedC select s.deviceId as deviceId, s.ruleId as ruleId, s.since as since,
                        r.ts as ts
                    """;
        }

        @Override
        Map<String, Object> parameters(int i) {
            return Map.of("ruleId", id(i), "threshold", threshold(i), "clearAt", clearAt(i));
        }
    };

    static final Duration WINDOW = Duration.ofSeconds(10);
    static final Duration SUSTAIN = Duration.ofSeconds(30);
    static final double HYSTERESIS = 5;

    final String code;
    final String title;

    Scenario(String code, String title) {
        this.code = code;
        this.title = title;
    }

    abstract ThresholdRule rule(int i);

    abstract double threshold(int i);

    /** Statements deployed once: where open alerts live, and the 'raised' and 'cleared' statements listened to. */
    abstract String esperBase();

    /** The statement of one rule, deployed once per rule with its parameters. */
    abstract String esperRule();

    Map<String, Object> parameters(int i) {
        return Map.of("ruleId", id(i), "threshold", threshold(i));
    }

    double clearAt(int i) {
        return threshold(i) - HYSTERESIS;
    }

    String id(int i) {
        return String.format(Locale.ROOT, "%s-%04d", code, i);
    }

    List<ThresholdRule> rules(int count) {
        List<ThresholdRule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(rule(i));
        }
        return rules;
    }

    static Scenario of(String code) {
        for (Scenario s : values()) {
            if (s.code.equalsIgnoreCase(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + code + "': use a, b or c");
    }
}
