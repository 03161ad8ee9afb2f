/**
 * DataStore2 players read as one profile (datastore2.md §1): layout detection, the latest value, backups as
 * history, the unindexed newest save, and DataStore2's own value rules.
 */
@NullMarked
package dev.profilelens.core.ds2;

import org.jspecify.annotations.NullMarked;
