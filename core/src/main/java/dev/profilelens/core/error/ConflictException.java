package dev.profilelens.core.error;

/** The stored value changed since it was read, or a merge has conflicts. */
public class ConflictException extends InspectorException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String userMessage) {
        super(userMessage);
    }

    @Override
    public int exitCode() {
        return 3;
    }
}
