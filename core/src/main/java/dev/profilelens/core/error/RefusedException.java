package dev.profilelens.core.error;

/** Refused for safety: a live session owns the profile, or the connection is read-only. */
public class RefusedException extends InspectorException {
    private static final long serialVersionUID = 1L;

    public RefusedException(String userMessage) {
        super(userMessage);
    }

    @Override
    public int exitCode() {
        return 4;
    }
}
