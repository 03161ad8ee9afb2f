package dev.profilelens.core.audit.index;

import dev.profilelens.core.error.RefusedException;

/**
 * A shared index refused a scan because someone else is running it (issue #23 item 3): the caller follows that scan
 * ({@link ScanFollower}) instead of scanning twice.
 */
public final class ScanBusyException extends RefusedException {
    private static final long serialVersionUID = 1L;
    private final String scanner;

    public ScanBusyException(String scanner, String userMessage) {
        super(userMessage);
        this.scanner = scanner;
    }

    /** Who runs the scan (their database login), "Someone" when not recorded yet. */
    public String scanner() {
        return scanner;
    }
}
