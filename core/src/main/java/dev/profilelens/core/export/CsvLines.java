package dev.profilelens.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV through Commons CSV, the one CSV writer of the index exports: a null cell is empty and no text cell
 * can run as a spreadsheet formula ({@link FormulaGuard}). Closing flushes; the writer stays the caller's.
 */
public final class CsvLines implements AutoCloseable {
    private final CSVPrinter printer;

    public CsvLines(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    }

    public void line(List<@Nullable String> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (String c : cells) {
            safe.add(c == null ? "" : FormulaGuard.cell(c));
        }
        printer.printRecord(safe);
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
