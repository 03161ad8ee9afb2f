package dev.profilelens.core.store;

import java.util.List;
import java.util.Map;

/**
 * A source that reads the current values of many keys in one request (the SQLite store: one query per page of
 * keys instead of one per key). A bulk edit reads ahead through it ({@code core.bulk.ReadAhead}); sources without
 * one are read key by key.
 */
public interface BatchReads {
    /** The current entries of those of {@code refs} that exist (missing and deleted keys are absent). */
    Map<EntryRef, StoredEntry> readAll(List<EntryRef> refs);
}
