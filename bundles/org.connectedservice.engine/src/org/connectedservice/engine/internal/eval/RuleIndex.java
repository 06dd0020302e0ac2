package org.connectedservice.engine.internal.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.connectedservice.core.model.RuleScope;

/**
 * The rules of one setRules call indexed by what their scope names (device type, device, asset), built once so a
 * reading never walks the rule list. Devices sharing type and asset share one profile.
 */
final class RuleIndex {

    final int generation;
    final boolean usesAssets;
    private final Map<CompiledRule, Integer> position = new IdentityHashMap<>();
    private final Map<String, List<CompiledRule>> byType = new HashMap<>();
    private final Map<String, List<CompiledRule>> byDevice = new HashMap<>();
    private final Map<String, List<CompiledRule>> byAsset = new HashMap<>();
    private final Map<String, Profile> profiles = new HashMap<>();

    private final Function<PaneAggregate.Key, PaneAggregate> aggregates;

    /** aggregates gives the shared aggregate of a window used by the rules. */
    RuleIndex(int generation, List<CompiledRule> rules, Function<PaneAggregate.Key, PaneAggregate> aggregates) {
        this.generation = generation;
        this.aggregates = aggregates;
        boolean assets = false;
        for (CompiledRule rule : rules) {
            position.put(rule, position.size());
            RuleScope scope = rule.rule.scope();
            Map<String, List<CompiledRule>> target = switch (scope.kind()) {
                case DEVICE_TYPE -> byType;
                case DEVICES -> byDevice;
                case ASSET -> byAsset;
            };
            assets |= scope.kind() == RuleScope.Kind.ASSET;
            for (String value : scope.values()) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                List<CompiledRule> list = target.computeIfAbsent(Profile.lower(value), v -> new ArrayList<>());
                if (!list.contains(rule)) {
                    list.add(rule);
                }
            }
        }
        this.usesAssets = assets;
    }

    Profile profileFor(String deviceId, String type, String asset) {
        String t = Profile.lower(type);
        String a = usesAssets ? Profile.lower(asset) : "";
        String device = Profile.lower(deviceId);
        if (!byDevice.containsKey(device)) {
            device = "";
        }
        String key = t + '\u0000' + a + '\u0000' + device;
        Profile profile = profiles.get(key);
        if (profile == null) {
            List<CompiledRule> rules = new ArrayList<>(byType.getOrDefault(t, List.of()));
            for (CompiledRule rule : byAsset.getOrDefault(a, List.of())) {
                if (!rules.contains(rule)) {
                    rules.add(rule);
                }
            }
            for (CompiledRule rule : byDevice.getOrDefault(device, List.of())) {
                if (!rules.contains(rule)) {
                    rules.add(rule);
                }
            }
            rules.sort(Comparator.comparingInt(position::get));
            profile = new Profile(rules, aggregates);
            profiles.put(key, profile);
        }
        return profile;
    }
}
