package dev.profilelens.core.error;

import org.jspecify.annotations.Nullable;

/** Bad input: invalid JSON, a value Roblox would reject, an over-long key. Names where (JSON path, file, option). */
public class InvalidInputException extends InspectorException {
    private static final long serialVersionUID = 1L;
    private final @Nullable String path;

    public InvalidInputException(String userMessage) {
        this(userMessage, (String) null);
    }

    public InvalidInputException(String userMessage, @Nullable String path) {
        super(path == null || path.isEmpty() ? userMessage : userMessage + " at " + path);
        this.path = path;
    }

    public InvalidInputException(String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.path = null;
    }

    private InvalidInputException(String fullMessage, @Nullable String path, InvalidInputException cause) {
        super(fullMessage, cause);
        this.path = path;
    }

    /** The same refusal with what it concerns put in front ({@code "--data: ..."}), keeping {@link #path()}. */
    public InvalidInputException within(String context) {
        return new InvalidInputException(context + ": " + getMessage(), path, this);
    }

    /** The JSON pointer (RFC 6901) or location of the offending input, if known. */
    public @Nullable String path() {
        return path;
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
