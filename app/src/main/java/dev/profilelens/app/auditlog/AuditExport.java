package dev.profilelens.app.auditlog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.export.FormulaGuard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Audit entries as CSV (one row per write, the patch as compact JSON) or as a JSON array. Pure. */
public final class AuditExport {
    private AuditExport() {
    }

    public static String csv(List<AuditEntry> entries) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("time", "user", "connection", "store", "scope", "key", "version_before", "version_after",
                    "action", "reason", "patch");
            for (AuditEntry e : entries) {
                csv.printRecord(e.time().toString(), cell(e.user()), cell(e.connection()), cell(e.store()),
                        cell(e.scope()), cell(e.key()), cell(e.versionBefore() == null ? "" : e.versionBefore()),
                        cell(e.versionAfter()), cell(e.action()), cell(e.reason()), cell(e.patch().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String json(List<AuditEntry> entries) {
        ArrayNode out = RobloxJson.nodes().arrayNode();
        for (AuditEntry e : entries) {
            ObjectNode o = out.addObject();
            o.put("time", e.time().toString()).put("user", e.user()).put("connection", e.connection())
                    .put("store", e.store()).put("scope", e.scope()).put("key", e.key())
                    .put("versionBefore", e.versionBefore()).put("versionAfter", e.versionAfter())
                    .put("action", e.action()).put("reason", e.reason()).set("patch", e.patch());
        }
        return RobloxJson.prettyReport(out);
    }

    private static String cell(String s) {
        return FormulaGuard.cell(s);
    }
}
