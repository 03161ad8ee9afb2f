/**
 * Bulk edits (issue #20 item 2): the same intents applied to a set of keys through the save use case, one key at
 * a time, with a dry run that plans each key (change / unchanged / live / invalid) and its patch.
 */
@NullMarked
package dev.profilelens.core.bulk;

import org.jspecify.annotations.NullMarked;
