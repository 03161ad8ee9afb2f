/** Bulk edit over Open Cloud (issue #20): the emulator's default budget, 429s, a resumed batch written once. */
@NullMarked
package dev.profilelens.bench.bulkcloud;

import org.jspecify.annotations.NullMarked;
