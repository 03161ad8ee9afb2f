/** The audit log viewer: every write made through ProfileLens, filters, CSV / JSON export, revert (issue #8). */
@NullMarked
package dev.profilelens.app.auditlog;

import org.jspecify.annotations.NullMarked;
