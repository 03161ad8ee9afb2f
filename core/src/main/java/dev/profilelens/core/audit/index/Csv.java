package dev.profilelens.core.audit.index;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** RFC 4180 CSV lines: fields with a comma, quote or line break are quoted; a null cell is empty. */
public final class Csv {
    private Csv() {
    }

    public static void line(Writer out, List<@Nullable String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String v = cells.get(i);
            if (v == null) {
                continue;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                out.write('"');
                out.write(v.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(v);
            }
        }
        out.write("\r\n");
    }
}
