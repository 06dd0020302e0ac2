package org.connectedservice.devices.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRowsKeepTheirFirstLine() {
        String csv = "\uFEFFdeviceId,name\r\npump-01,\"Pump, north\"\r\n\r\npump-02,\"Says \"\"hi\"\"\nand more\"\n"
                + "pump-03,\n";

        assertEquals(List.of(new CsvReader.Row(1, List.of("deviceId", "name")),
                new CsvReader.Row(2, List.of("pump-01", "Pump, north")),
                new CsvReader.Row(4, List.of("pump-02", "Says \"hi\"\nand more")),
                new CsvReader.Row(6, List.of("pump-03", ""))), CsvReader.read(csv));
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartsOn() {
        CsvReader.UnclosedQuote e = assertThrows(CsvReader.UnclosedQuote.class,
                () -> CsvReader.read("deviceId,name\npump-01,\"Pump\npump-02,x\n"));
        assertEquals(2, e.line);
    }

    @Test
    void writtenFieldsReadBackTheSame() {
        List<String> fields = List.of("a,b", "say \"x\"", "two\r\nlines", " padded ", "plain", "");
        assertEquals(List.of(new CsvReader.Row(1, fields)), CsvReader.read(new CsvWriter().row(fields).text()));
    }
}
