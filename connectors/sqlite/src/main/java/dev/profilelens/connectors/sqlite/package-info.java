/** The SQLite profile source: the embedded store behind the sandbox, tests and offline work. */
@NullMarked
package dev.profilelens.connectors.sqlite;

import org.jspecify.annotations.NullMarked;
