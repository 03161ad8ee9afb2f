package dev.profilelens.connectors.postgres;

import dev.profilelens.core.export.FormulaGuard;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV of index rows, written as the SQLite index writes them (Commons CSV; a null cell is empty; text
 * cannot run as a spreadsheet formula, {@link FormulaGuard}).
 */
final class CsvRows implements AutoCloseable {
    private final CSVPrinter printer;

    CsvRows(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    }

    void line(List<@Nullable String> cells) throws IOException {
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
