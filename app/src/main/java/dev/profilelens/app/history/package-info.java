/**
 * What the versions view and the audit log share about writing values from history: the preview of a restore or
 * revert (value now → value after, per path, with the reason), and the rendering of its typed outcome (#15, #22).
 */
@NullMarked
package dev.profilelens.app.history;

import org.jspecify.annotations.NullMarked;
