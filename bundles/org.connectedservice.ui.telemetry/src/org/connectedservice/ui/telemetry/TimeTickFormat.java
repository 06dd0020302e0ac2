package org.connectedservice.ui.telemetry;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

/**
 * The time axis' tick labels. SWTChart parses every label back to a number each time it lays the chart out; a plain
 * date format answers with a Date, which SWTChart turns into a ParseException (and a stack trace) per label and
 * frame. This one formats epoch milliseconds as a time and parses a label back to its epoch milliseconds.
 */
final class TimeTickFormat extends Format {

    private static final long serialVersionUID = 1L;

    private final SimpleDateFormat time;

    TimeTickFormat(String pattern, TimeZone zone) {
        time = new SimpleDateFormat(pattern);
        time.setTimeZone(zone);
    }

    @Override
    public StringBuffer format(Object value, StringBuffer to, FieldPosition at) {
        Object millis = value instanceof Number n ? new Date(n.longValue()) : value;
        return time.format(millis, to, at);
    }

    @Override
    public Object parseObject(String text, ParsePosition at) {
        Date parsed = time.parse(text, at);
        return parsed == null ? null : Long.valueOf(parsed.getTime());
    }
}
