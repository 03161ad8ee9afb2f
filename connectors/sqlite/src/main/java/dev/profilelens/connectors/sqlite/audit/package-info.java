/** The local audit log of writes made through ProfileLens, in SQLite. */
@NullMarked
package dev.profilelens.connectors.sqlite.audit;

import org.jspecify.annotations.NullMarked;
