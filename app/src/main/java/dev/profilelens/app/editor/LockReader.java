package dev.profilelens.app.editor;

import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.store.StoredEntry;

/**
 * The lock of an edited key as stored now, for the live-profile banner and "wait for the release" (never for routing a
 * save: the save use case classifies the lock itself). Call off the FX thread.
 */
final class LockReader {
    private LockReader() {
    }

    static LockState read(EditTarget t) {
        byte[] stored = t.session().source().read(t.ref()).map(StoredEntry::value).orElse(new byte[0]);
        return new LockClassifier(t.session().clock()).classify(ProfileCodec.readWithoutData(stored));
    }
}
