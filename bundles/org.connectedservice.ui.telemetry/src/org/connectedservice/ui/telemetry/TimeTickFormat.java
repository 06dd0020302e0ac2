package org.connectedservice.ui.telemetry;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

/**
 * The time axis' tick labels. SWTChart parses every label back to a number each time it lays the chart out, and
 * shows "..." instead of a label whose parsed value lands more than 2 px from its tick. A time-of-day label
 * ("10:15:30") parses to a day in 1970, and a plain date format answers with a Date, which SWTChart turns into a
 * ParseException per label and frame. So this format remembers the value each label it made stands for, and
 * parses a label back to exactly that value. SWTChart steps its ticks on the raw milliseconds (every 50 s, say), so a
 * tick off a whole minute gets its seconds even where the pattern has none: otherwise two ticks in one minute share a
 * label, one of them shows "...", and the other claims a minute it is not at.
 */
final class TimeTickFormat extends Format {

    private static final long serialVersionUID = 1L;
    private static final int REMEMBERED_LABELS = 256;

    private final SimpleDateFormat time;
    private final SimpleDateFormat withSeconds;
    private final Map<String, Long> madeLabels = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED_LABELS;
        }
    };

    TimeTickFormat(String pattern, TimeZone zone) {
        time = new SimpleDateFormat(pattern);
        time.setTimeZone(zone);
        withSeconds = new SimpleDateFormat(pattern.contains("ss") ? pattern : pattern.replace("HH:mm", "HH:mm:ss"));
        withSeconds.setTimeZone(zone);
    }

    @Override
    public StringBuffer format(Object value, StringBuffer to, FieldPosition at) {
        if (!(value instanceof Number n)) {
            return time.format(value, to, at);
        }
        int start = to.length();
        long millis = n.longValue();
        (millis % 60_000 == 0 ? time : withSeconds).format(new Date(millis), to, at);
        madeLabels.put(to.substring(start), millis);
        return to;
    }

    @Override
    public Object parseObject(String text, ParsePosition at) {
        Long made = madeLabels.get(text);
        if (made != null) {
            at.setIndex(text.length());
            return made;
        }
        Date parsed = time.parse(text, at);
        return parsed == null ? null : Long.valueOf(parsed.getTime());
    }
}
