/** Issue #9 benchmark: MetaTag audit indexing rate and filtered query time against sqlite3's json_extract. */
@NullMarked
package dev.profilelens.bench.audit;

import org.jspecify.annotations.NullMarked;
