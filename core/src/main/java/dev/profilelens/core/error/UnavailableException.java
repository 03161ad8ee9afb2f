package dev.profilelens.core.error;

/** The service stayed unavailable or throttled after the allowed retries, or the connection dropped. */
public class UnavailableException extends InspectorException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String userMessage) {
        super(userMessage);
    }

    public UnavailableException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    @Override
    public int exitCode() {
        return 5;
    }
}
