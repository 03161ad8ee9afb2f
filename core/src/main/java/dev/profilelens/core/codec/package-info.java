/** Bytes ↔ model for the ProfileService and ProfileStore dialects; Roblox JSON rules; validation. */
@NullMarked
package dev.profilelens.core.codec;

import org.jspecify.annotations.NullMarked;
