/** Global update (ProfileService) and message (ProfileStore) operations as pure transforms. */
@NullMarked
package dev.profilelens.core.updates;

import org.jspecify.annotations.NullMarked;
