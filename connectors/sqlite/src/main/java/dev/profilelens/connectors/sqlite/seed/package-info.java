/** The sandbox seeder: a believable game's profiles, deterministic from a seed. */
@NullMarked
package dev.profilelens.connectors.sqlite.seed;

import org.jspecify.annotations.NullMarked;
