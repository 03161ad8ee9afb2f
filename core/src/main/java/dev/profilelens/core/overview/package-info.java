/** A store's overview: key count, dialect mix, lock states, sizes and storage against Roblox's limit. */
@NullMarked
package dev.profilelens.core.overview;

import org.jspecify.annotations.NullMarked;
