/**
 * Restores from version history: builds the value to write for a whole-version restore or a field-level
 * rollback of chosen JSON paths. The write itself goes through {@code core.edit.SavePipeline}.
 */
@NullMarked
package dev.profilelens.core.restore;

import org.jspecify.annotations.NullMarked;
