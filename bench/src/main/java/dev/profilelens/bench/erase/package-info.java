/** Benchmark of the right-to-erasure use case (issue #21): {@code bench/run.sh erase [OUTPUT.md]}. */
package dev.profilelens.bench.erase;
