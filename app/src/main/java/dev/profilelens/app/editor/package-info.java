/**
 * The write side of a profile: the Data editor with validation as you type, the pending changes, and the save
 * flow through {@code core.edit.SavePipeline} with lock routing and merge on conflict (issue #8, ADR 0080).
 */
@NullMarked
package dev.profilelens.app.editor;

import org.jspecify.annotations.NullMarked;
