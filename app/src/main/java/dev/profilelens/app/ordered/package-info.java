/** The leaderboard view: an ordered data store by value, with fixes and removals through the ordered SPI. */
@NullMarked
package dev.profilelens.app.ordered;

import org.jspecify.annotations.NullMarked;
