package org.connectedservice.ui.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.ParseException;
import java.time.Instant;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/** SWTChart shows "..." for a tick label that does not parse back to its own tick: these must. */
class TimeTickFormatTest {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    @Test
    void aTimeOfDayLabelParsesBackToTheTickItWasMadeFor() throws ParseException {
        TimeTickFormat format = new TimeTickFormat("HH:mm:ss", UTC);
        double tick = Instant.parse("2026-11-26T10:21:20Z").toEpochMilli();

        String label = format.format(tick);

        assertEquals("10:21:20", label);
        assertEquals((long) tick, ((Number) format.parseObject(label)).longValue());
    }

    @Test
    void labelsOfDifferentDaysAtTheSameTimeStayApartWhenRemade() throws ParseException {
        TimeTickFormat format = new TimeTickFormat("MMM d HH:mm", UTC);
        long monday = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
        long tuesday = Instant.parse("2026-11-24T08:00:00Z").toEpochMilli();

        String first = format.format(monday);
        String second = format.format(tuesday);

        assertEquals(monday, ((Number) format.parseObject(first)).longValue());
        assertEquals(tuesday, ((Number) format.parseObject(second)).longValue());
    }

    @Test
    void twoTicksInOneMinuteGetLabelsOfTheirOwnWithSeconds() throws ParseException {
        TimeTickFormat format = new TimeTickFormat("HH:mm", UTC);
        long onTheMinute = Instant.parse("2026-11-26T12:44:00Z").toEpochMilli();
        long fiftySecondsOn = Instant.parse("2026-11-26T12:44:50Z").toEpochMilli();

        String first = format.format(onTheMinute);
        String second = format.format(fiftySecondsOn);

        assertEquals("12:44", first);
        assertEquals("12:44:50", second);
        assertEquals(onTheMinute, ((Number) format.parseObject(first)).longValue());
        assertEquals(fiftySecondsOn, ((Number) format.parseObject(second)).longValue());
        assertEquals("Nov 26 12:44:50", new TimeTickFormat("MMM d HH:mm", UTC).format(fiftySecondsOn));
    }
}
