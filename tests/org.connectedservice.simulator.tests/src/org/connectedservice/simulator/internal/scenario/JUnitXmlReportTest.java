package org.connectedservice.simulator.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.connectedservice.core.simulation.ExpectationResult;
import org.connectedservice.core.simulation.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aScenarioBecomesOneSuiteWithACasePerExpectationAndAFailurePerMiss() throws Exception {
        ScenarioResult result = new ScenarioResult("Pumps <north> & \"south\"", "scenarios/pumps.json", 7,
                Duration.ofMinutes(5), Duration.ofMillis(1234), List.of(
                        new ExpectationResult(1, "alert for rule 'AlarmPressure' on pump-01 within 30 s after 'surge' "
                                + "starts", true, "raised at +00:31 on pump-01, 1 s after 'surge' started at +00:30"),
                        new ExpectationResult(2, "no alert for any rule on pump-02 during the run", false,
                                "raised at +01:02 on pump-02 by rule 'AlarmPressure': Pressure > 8.5 \u0007")),
                3900, 20, 2, 1);

        Document xml = parse(JUnitXmlReport.render(result));

        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("Pumps <north> & \"south\"", suite.getAttribute("name"));
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("1.234", suite.getAttribute("time"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element passed = (Element) cases.item(0);
        assertEquals("1. alert for rule 'AlarmPressure' on pump-01 within 30 s after 'surge' starts",
                passed.getAttribute("name"));
        assertEquals(0, passed.getElementsByTagName("failure").getLength());
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertEquals("raised at +01:02 on pump-02 by rule 'AlarmPressure': Pressure > 8.5 ",
                failure.getAttribute("message"), "the control character is dropped, XML cannot carry it");
        assertEquals(failure.getAttribute("message"), failure.getTextContent());
        NodeList properties = suite.getElementsByTagName("property");
        assertEquals("seed", ((Element) properties.item(1)).getAttribute("name"));
        assertEquals("7", ((Element) properties.item(1)).getAttribute("value"));
    }
}
