/**
 * The bulk edit window (issue #20 item 2): a set (prefix, audit filters, a pasted list) × intents or jq → dry run
 * table with counts → run with progress, rate, ETA and Cancel → batch name; revert a batch. All through
 * {@code core.bulk.BulkRun}, off the FX thread.
 */
@NullMarked
package dev.profilelens.app.bulk;

import org.jspecify.annotations.NullMarked;
