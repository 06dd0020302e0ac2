package org.connectedservice.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.connectedservice.core.model.SeriesKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisibleDataCsvTest {

    @Test
    void visiblePointsOnlyWhereSingleReadingsGiveAValueAndReducedColumnsMinMaxAndCount(@TempDir Path dir)
            throws Exception {
        ColumnTrace temperature = new ColumnTrace(new SeriesKey("thermostat-01", "Thermostat", "Temperature"),
                new long[] { 0, 60_000, 120_000 }, new double[] { 21.5, 20, 5 }, new double[] { 21.5, 23.25, 5 },
                new long[] { 1, 12, 1 });
        ColumnTrace odd = new ColumnTrace(new SeriesKey("line 3, \"east\"", "Pump", "Flow"), new long[] { 1000 },
                new double[] { 7 }, new double[] { 7 }, new long[] { 1 });
        Path file = dir.resolve("visible.csv");

        VisibleDataCsv.write(file, List.of(temperature, odd), new TimeWindow(0, 120_000));

        assertEquals(List.of(VisibleDataCsv.HEADER,
                "1970-01-01T00:00:00Z,thermostat-01,Temperature,21.5,,,1",
                "1970-01-01T00:01:00Z,thermostat-01,Temperature,,20,23.25,12",
                "1970-01-01T00:00:01Z,\"line 3, \"\"east\"\"\",Flow,7,,,1"), Files.readAllLines(file));
    }
}
