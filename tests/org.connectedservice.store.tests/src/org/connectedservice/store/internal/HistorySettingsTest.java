package org.connectedservice.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HistorySettingsTest {

    private static HistorySettings withProperty(String retentionDays) {
        Map<String, String> properties = retentionDays == null ? Map.of()
                : Map.of(HistorySettings.RETENTION_DAYS_PROPERTY, retentionDays);
        return HistorySettings.fromProperties(properties::get);
    }

    @Test
    void retentionIsThirtyDaysUnlessTheSystemPropertySaysOtherwise() {
        assertEquals(Duration.ofDays(30), withProperty(null).retention());
        assertEquals(Duration.ofDays(90), withProperty(" 90 ").retention());
        assertEquals(HistorySettings.defaults().queueCapacity(), withProperty("90").queueCapacity());
    }

    @Test
    void aRetentionThatIsNotAPositiveNumberOfDaysKeepsTheDefault() {
        for (String bad : new String[] { "", "0", "-5", "thirty", "1.5", "99999999999999999999" }) {
            assertEquals(Duration.ofDays(30), withProperty(bad).retention(), "for '" + bad + "'");
        }
    }

    @Test
    void settingsThatCannotWorkAreRefusedWithWhatToChange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistorySettings.defaults().withQueue(0, Duration.ofMillis(10)));
        assertEquals("queueCapacity and batchRows must be at least 1, not 0 and 200000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> HistorySettings.defaults().withRetention(Duration.ZERO));
        assertEquals("retention must be a positive duration, not PT0S", e.getMessage());
    }
}
