package org.connectedservice.simulator.internal.scenario;

import java.util.Locale;

import org.connectedservice.core.simulation.ExpectationResult;
import org.connectedservice.core.simulation.ScenarioResult;

/**
 * A scenario result as a JUnit XML report: one testsuite for the scenario, one testcase per expectation, a
 * failure element with the message for each failed one. CI servers read this format without plug-ins.
 */
public final class JUnitXmlReport {

    private JUnitXmlReport() {
    }

    public static String render(ScenarioResult result) {
        StringBuilder xml = new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(escape(result.name()))
                .append("\" tests=\"").append(result.expectations().size())
                .append("\" failures=\"").append(result.failures())
                .append("\" errors=\"0\" skipped=\"0\" time=\"")
                .append(String.format(Locale.ROOT, "%.3f", result.wallTime().toNanos() / 1e9)).append("\">\n");
        xml.append("  <properties>\n");
        property(xml, "file", result.file());
        property(xml, "seed", String.valueOf(result.seed()));
        property(xml, "simulatedSeconds", String.valueOf(result.simulated().toSeconds()));
        property(xml, "messages", String.valueOf(result.messages()));
        property(xml, "rejectedMessages", String.valueOf(result.rejected()));
        property(xml, "faultsRaised", String.valueOf(result.faultsRaised()));
        property(xml, "faultsCleared", String.valueOf(result.faultsCleared()));
        xml.append("  </properties>\n");
        for (ExpectationResult expectation : result.expectations()) {
            xml.append("  <testcase classname=\"").append(escape(result.name())).append("\" name=\"")
                    .append(escape(expectation.index() + ". " + expectation.description())).append("\" time=\"0\"");
            if (expectation.passed()) {
                xml.append(">\n    <system-out>").append(escape(expectation.message())).append("</system-out>\n");
            } else {
                xml.append(">\n    <failure type=\"ExpectationNotMet\" message=\"").append(escape(expectation.message()))
                        .append("\">").append(escape(expectation.message())).append("</failure>\n");
            }
            xml.append("  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("    <property name=\"").append(name).append("\" value=\"").append(escape(value)).append("\"/>\n");
    }

    /** Escapes markup and drops characters XML 1.0 forbids, which a device id or rule name could carry. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
