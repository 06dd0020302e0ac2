package org.connectedservice.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.Severity;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.ui.rules.internal.DiffRows.Change;
import org.connectedservice.ui.rules.internal.DiffRows.Row;
import org.junit.jupiter.api.Test;

class DiffRowsTest {

    private static final ThresholdRule HOT = ThresholdRule.greaterThan("hot", 1, "AlarmTemp", "Thermostat",
            "Temperature", 70, Severity.HIGH);
    private static final ThresholdRule PUMP = ThresholdRule.greaterThan("pump", 1, "AlarmPressure", "Pump",
            "Pressure", 8.5, Severity.HIGH);

    private static RuleSetVersion version(int n, ThresholdRule... rules) {
        return new RuleSetVersion(n, Instant.parse("2026-11-20T10:00:00Z"), "alice", "v" + n, List.of(rules));
    }

    @Test
    void twoVersionsSideBySideShowChangedFieldsAndWholeAddedOrRemovedRules() {
        RuleSetVersion v1 = version(1, HOT, PUMP);
        ThresholdRule boiler = ThresholdRule.greaterThan("boiler", 1, "Boiler hot", "Boiler", "Temperature", 95,
                Severity.LOW);
        RuleSetVersion v2 = version(2, HOT.withThreshold(72).withVersion(2), boiler);

        List<Row> rows = DiffRows.between(v1, v2);

        assertEquals(new Row("hot (v2)", "threshold", "70", "72", Change.CHANGED), rows.get(0));
        assertTrue(rows.contains(new Row("pump (v1)", "threshold", "8.5", "", Change.REMOVED)), rows.toString());
        assertTrue(rows.contains(new Row("boiler (v1)", "name", "", "Boiler hot", Change.ADDED)), rows.toString());
        assertEquals(1 + 14 + 14, rows.size(), "one changed field, every field of the removed and the added rule");
        assertTrue(DiffRows.between(v2, v2).isEmpty());
    }

    @Test
    void theApplyCommentStartsFromWhatChanged() {
        RuleSetVersion v1 = version(1, HOT, PUMP);
        assertEquals("AlarmTemp: threshold 70 \u2192 72; removed pump", DiffRows.summary(v1,
                List.of(HOT.withThreshold(72))));
    }
}
