package dev.profilelens.core.audit.index;

/** How a scan run ended: {@code finished} false means it was cancelled and can be resumed. */
public record ScanResult(boolean finished, boolean resumed, long done, long total) {
}
