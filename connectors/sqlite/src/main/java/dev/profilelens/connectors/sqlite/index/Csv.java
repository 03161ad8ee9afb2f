package dev.profilelens.connectors.sqlite.index;

import dev.profilelens.core.export.FormulaGuard;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** RFC 4180 CSV through Commons CSV; a null cell is empty and text cells cannot run as spreadsheet formulas. */
final class Csv implements AutoCloseable {
    private final CSVPrinter printer;

    Csv(Writer out) throws IOException {
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
