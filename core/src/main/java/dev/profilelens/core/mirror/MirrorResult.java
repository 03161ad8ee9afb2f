package dev.profilelens.core.mirror;

/**
 * How a run ended.
 *
 * @param keys            keys copied in this run
 * @param versions        versions copied in this run
 * @param orderedEntries  ordered entries copied in this run
 * @param resumed         true when the run continued an earlier one
 * @param complete        false when it was cancelled (a new run resumes)
 */
public record MirrorResult(long keys, long versions, long orderedEntries, boolean resumed, boolean complete) {
}
