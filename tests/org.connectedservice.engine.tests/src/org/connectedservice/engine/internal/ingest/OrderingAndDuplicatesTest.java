package org.connectedservice.engine.internal.ingest;

import static org.connectedservice.engine.internal.ingest.Feed.T0;
import static org.connectedservice.engine.internal.ingest.Feed.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.ingest.IngestSettings;
import org.connectedservice.core.ingest.IngestStats;
import org.connectedservice.core.ingest.QuarantineReason;
import org.connectedservice.core.model.Reading;
import org.junit.jupiter.api.Test;

class OrderingAndDuplicatesTest {

    private static String reading(String messageId, double seconds) {
        return message(messageId, seconds, "{\"Temperature\":" + seconds + "}");
    }

    private static List<Double> temperatures(List<Reading> readings) {
        return readings.stream().map(r -> r.values().get("Temperature")).toList();
    }

    @Test
    void readingsOutOfOrderWithinTheToleranceAreDeliveredInEventTimeOrder() {
        Feed feed = new Feed().send(reading("a", 10), reading("b", 7), reading("c", 12), reading("d", 8),
                reading("e", 11));

        assertEquals(List.of(7.0, 8.0, 10.0, 11.0, 12.0), temperatures(feed.delivered));
        assertEquals(0, feed.quarantine.count());
    }

    @Test
    void aReadingIsHeldUntilTheWatermarkPassesIt() {
        Feed feed = new Feed();
        feed.pipeline.accept(List.of(reading("a", 0), reading("b", 4)));

        assertEquals(List.of(), feed.delivered, "nothing is 5 s behind the newest reading yet");
        feed.pipeline.accept(reading("c", 5));
        assertEquals(List.of(0.0), temperatures(feed.delivered));
        assertEquals(2, feed.pipeline.stats().buffered());
    }

    @Test
    void eachDeviceIsOrderedOnItsOwnAndASilentDeviceStillGetsOut() {
        Feed feed = new Feed();
        feed.pipeline.accept(List.of(
                message("quiet", "q1", T0.plusSeconds(1).toString(), "{\"Temperature\":1}"),
                message("busy", "b2", T0.plusSeconds(3).toString(), "{\"Temperature\":3}"),
                message("busy", "b1", T0.plusSeconds(2).toString(), "{\"Temperature\":2}"),
                message("busy", "b9", T0.plusSeconds(9).toString(), "{\"Temperature\":9}")));

        assertEquals(List.of("quiet 1.0", "busy 2.0", "busy 3.0"), feed.delivered.stream()
                .map(r -> r.deviceId() + " " + r.values().get("Temperature")).toList());
    }

    @Test
    void aReadingLaterThanTheToleranceIsQuarantinedAndCountedNotSilentlyDropped() {
        Feed feed = new Feed().send(reading("a", 0), reading("b", 20), reading("c", 12.5), reading("d", 15));

        assertEquals(List.of(0.0, 15.0, 20.0), temperatures(feed.delivered));
        assertEquals("line 3: late by 2.5 s beyond the 5 s tolerance: device t-1 at 2024-05-01T12:00:12.500Z arrived "
                + "after a reading at 2024-05-01T12:00:20Z; raise the lateness tolerance if such delays are expected",
                feed.onlyReason());
        IngestStats stats = feed.pipeline.stats();
        assertEquals(1, stats.late());
        assertEquals(1, stats.quarantined(QuarantineReason.LATE));
    }

    @Test
    void theToleranceIsConfigurable() {
        Feed feed = new Feed(IngestSettings.defaults().withLateness(Duration.ofSeconds(10)))
                .send(reading("a", 20), reading("b", 12.5), reading("c", 9));

        assertEquals(List.of(12.5, 20.0), temperatures(feed.delivered));
        assertTrue(feed.onlyReason().startsWith("line 3: late by 1 s beyond the 10 s tolerance"), feed.onlyReason());
    }

    @Test
    void aRepeatedMessageIdOfTheSameDeviceIsDroppedAndCounted() {
        Feed feed = new Feed().send(reading("m1", 0), reading("m1", 0), reading("m2", 1),
                message("other", "m1", T0.toString(), "{\"Temperature\":5}"), reading("m3", 30), reading("m1", 0));

        assertEquals(List.of("t-1 0.0", "t-1 1.0", "other 5.0", "t-1 30.0"), feed.delivered.stream()
                .map(r -> r.deviceId() + " " + r.values().get("Temperature")).toList());
        assertEquals(2, feed.pipeline.stats().duplicates());
        assertEquals(0, feed.quarantine.count(), "a late retry is a duplicate, not a late reading");
    }

    @Test
    void messageIdsAreForgottenAfterTheWindowOrBeyondTheCount() {
        IngestSettings settings = new IngestSettings(Duration.ofSeconds(5), Duration.ofDays(1),
                Duration.ofMinutes(10), 3);
        Feed byCount = new Feed(settings).send(reading("m1", 0), reading("m2", 1), reading("m3", 2),
                reading("m4", 3), reading("m1", 4), reading("m4", 5));
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), temperatures(byCount.delivered));

        Feed byTime = new Feed().send(reading("m1", 0), reading("m2", 601), reading("m1", 602));
        assertEquals(List.of(601.0, 602.0), temperatures(byTime.delivered.subList(1, 3)));
        assertEquals(0, byTime.pipeline.stats().duplicates());
    }

    @Test
    void flushReleasesEverythingBufferedAndTheStatsAddUp() {
        Feed feed = new Feed();
        feed.pipeline.accept(List.of(reading("a", 0), reading("b", 1), "not json", reading("b", 2)));
        assertEquals(List.of(), feed.delivered);

        feed.pipeline.flush();

        assertEquals(List.of(0.0, 1.0), temperatures(feed.delivered));
        assertEquals(new IngestStats(4, 3, Map.of(QuarantineReason.BAD_JSON, 1L), 1, 0, 2, 0),
                feed.pipeline.stats());
    }
}
