package dev.profilelens.app.profile;

import dev.profilelens.core.edit.intent.Intent;

/** Where an in-place edit goes: the key's editor, whose pending changes list it with its old and new value. */
@FunctionalInterface
public interface IntentSink {
    void add(Intent intent);
}
