/**
 * MetaTag audit index: scan a store or prefix into a local index of chosen JSON paths (progress, cancel, resume,
 * paced to the request budget) and query it (filters, group-by counts, pages, CSV). The index itself is a port;
 * the SQLite implementation lives in connectors/sqlite.
 */
@NullMarked
package dev.profilelens.core.audit.index;

import org.jspecify.annotations.NullMarked;
