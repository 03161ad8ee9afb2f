/** Team database benchmark (issue #23): log write overhead, newest entries of a large log, large index queries. */
@NullMarked
package dev.profilelens.bench.team;

import org.jspecify.annotations.NullMarked;
