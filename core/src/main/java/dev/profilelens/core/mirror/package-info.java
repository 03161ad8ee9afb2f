/**
 * Mirror a source (stores, a prefix, or the whole universe; values, UserIds, attributes and optionally every
 * version) into a local store, paced to the read budget, resumable and cancellable; and copy a mirror back to a
 * source with a dry run first. The local store is a port ({@link dev.profilelens.core.mirror.MirrorTarget});
 * the SQLite implementation lives in connectors/sqlite.
 */
@NullMarked
package dev.profilelens.core.mirror;

import org.jspecify.annotations.NullMarked;
