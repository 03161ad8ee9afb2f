package dev.profilelens.core.error;

/**
 * Root of ProfileLens' own exceptions. Carries a message written for the user (live-ops staff, designers) and,
 * separately, the technical cause. Adapters wrap client exceptions at the boundary (style.md rule 20).
 */
public class InspectorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InspectorException(String userMessage) {
        super(userMessage);
    }

    public InspectorException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    /** The message to show a person; never a stack trace. */
    public String userMessage() {
        String m = getMessage();
        return m == null ? getClass().getSimpleName() : m;
    }

    /** CLI exit code for this failure (cli.md): 1 unless a subclass says otherwise. */
    public int exitCode() {
        return 1;
    }
}
