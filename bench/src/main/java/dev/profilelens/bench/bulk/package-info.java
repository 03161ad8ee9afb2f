/** Bulk edit benchmark (issue #20): dry run over 100,000 local profiles, run with writes on a sandbox file. */
@NullMarked
package dev.profilelens.bench.bulk;

import org.jspecify.annotations.NullMarked;
