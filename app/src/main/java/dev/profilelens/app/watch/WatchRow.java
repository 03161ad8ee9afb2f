package dev.profilelens.app.watch;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.watch.LockEvent;
import java.util.Locale;

/** One watched key as the table shows it: its state after the latest event. */
public record WatchRow(EntryRef ref, String state, String owner, String loadCount, String lastEvent, String at) {
    static WatchRow of(LockEvent e) {
        return new WatchRow(e.key(), e.status().name().toLowerCase(Locale.ROOT),
                e.owner() == null ? "—" : e.owner().display(),
                e.loadCount() == null ? "—" : Long.toString(e.loadCount()),
                e.kind().jsonName().replace('_', ' '), WatchViewModel.TIME.format(e.at()));
    }
}
