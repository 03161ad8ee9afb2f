/**
 * The one registry of the connectors installed in this process (ADR 0221): loaded once by the composition root,
 * then passed to whatever opens a source, a log, an index or a team database.
 */
@NullMarked
package dev.profilelens.core.provider;

import org.jspecify.annotations.NullMarked;
