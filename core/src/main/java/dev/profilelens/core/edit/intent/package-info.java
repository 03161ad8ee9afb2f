/**
 * Edits as intents: operations on JSON Pointer paths (set, add a delta, append, remove a key, remove an item matched
 * by identity, set/remove a MetaTag) that are applied to the latest stored value, the way UpdateAsync applies a
 * transform, so what a server changed meanwhile is kept.
 */
@NullMarked
package dev.profilelens.core.edit.intent;

import org.jspecify.annotations.NullMarked;
