/** The embedded SQLite store: every version kept, shared safely by several processes (ADR 0020, 0021). */
@NullMarked
package dev.profilelens.connectors.sqlite;

import org.jspecify.annotations.NullMarked;
