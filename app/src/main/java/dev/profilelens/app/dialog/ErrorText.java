package dev.profilelens.app.dialog;

import dev.profilelens.core.error.InspectorException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** What an error says to a person, and its details for the expandable area. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String message(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof InspectorException ie) {
                return ie.userMessage();
            }
            t = t.getCause();
        }
        String m = e.getMessage();
        return "Unexpected error: " + (m == null ? e.getClass().getSimpleName() : m);
    }

    public static String details(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
