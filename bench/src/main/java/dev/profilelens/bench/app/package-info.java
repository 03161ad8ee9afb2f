/** Issue #7 benchmark: cold start, 4 MB profile open, 1,000,000-key browsing and memory of the real app. */
@NullMarked
package dev.profilelens.bench.app;

import org.jspecify.annotations.NullMarked;
