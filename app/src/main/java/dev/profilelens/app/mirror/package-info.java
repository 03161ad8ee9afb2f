/**
 * File → Mirror to local…: copies the connection's stores (all, some, or a prefix; optionally every version) into a
 * local SQLite store with progress, rate, ETA and Cancel, then opens the copy as a read-only connection.
 */
@NullMarked
package dev.profilelens.app.mirror;

import org.jspecify.annotations.NullMarked;
