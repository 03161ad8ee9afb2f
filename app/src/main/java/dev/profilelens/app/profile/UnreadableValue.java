package dev.profilelens.app.profile;

/**
 * A key whose stored value could not be decoded (not JSON, too deep, …): the decoder's error as the cause, with the
 * stored text as the Raw pane shows it, so the user sees what is damaged where the error says (line and column).
 */
public final class UnreadableValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RawText raw;

    UnreadableValue(RuntimeException cause, RawText raw) {
        super(cause.getMessage(), cause);
        this.raw = raw;
    }

    /** The stored value's text, laid out when it can be, else as stored. */
    public RawText raw() {
        return raw;
    }
}
