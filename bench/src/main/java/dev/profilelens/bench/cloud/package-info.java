/** Issue #6 benchmark: how well the Open Cloud client paces a bulk read to the emulator's request budget. */
@NullMarked
package dev.profilelens.bench.cloud;

import org.jspecify.annotations.NullMarked;
