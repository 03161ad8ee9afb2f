package dev.profilelens.app.auditlog;

import dev.profilelens.core.audit.AuditEntry;

/**
 * The audit log's action codes in the words a user knows (#22 item 5): save, restore, revert, clear lock,
 * delivery, handover, bulk. A write that belongs to a batch is named "bulk" with what it did.
 */
public final class ActionNames {
    private ActionNames() {
    }

    public static String of(AuditEntry e) {
        String base = of(e.action());
        boolean bulk = !e.batch().isEmpty() || e.reason().contains("[batch ");
        return bulk ? "bulk · " + base : base;
    }

    /** Whether {@code action} queued global updates or messages (the game applies them; no old → new values). */
    public static boolean isDelivery(String action) {
        return action.equals("deliver") || action.equals("global-update") || action.equals("message");
    }

    static String of(String action) {
        return switch (action) {
            case "save", "edit" -> "save";
            case "put" -> "save (put)";
            case "replace" -> "save (whole value)";
            case "clear-stale-lock" -> "clear lock";
            case "global-update" -> "delivery (global update)";
            case "message" -> "delivery (message)";
            case "deliver" -> "delivery (of an edit)";
            case "handover-request" -> "handover (request)";
            case "handover-withdraw" -> "handover (withdrawn)";
            default -> action;
        };
    }
}
