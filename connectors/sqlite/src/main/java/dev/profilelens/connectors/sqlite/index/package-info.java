/** The MetaTag audit index as a local SQLite file (ADR 0070), and a fast scan feed over SQLite stores. */
@NullMarked
package dev.profilelens.connectors.sqlite.index;

import org.jspecify.annotations.NullMarked;
