package dev.profilelens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvLinesTest {
    @Test
    void aMetaTagThatLooksLikeAFormulaIsExportedAsText() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvLines csv = new CsvLines(out)) {
            csv.line(Arrays.asList("global", "Player_1", "=HYPERLINK(\"http://x\",\"y\")", null, "-5"));
        }
        CSVRecord row = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords().get(0);
        assertThat(row.get(2)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(row.get(3)).isEmpty();
        assertThat(row.get(4)).isEqualTo("-5");
        assertThat(out.toString()).endsWith("\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksRoundTrip() throws Exception {
        StringWriter out = new StringWriter();
        String tricky = "a, \"quoted\"\nnote";
        try (CsvLines csv = new CsvLines(out)) {
            csv.line(Arrays.asList(tricky, "plain"));
        }
        CSVRecord row = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords().get(0);
        assertThat(row.get(0)).isEqualTo(tricky);
        assertThat(row.get(1)).isEqualTo("plain");
    }
}
