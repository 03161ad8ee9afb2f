/** Benchmark of mirror (issue #21): {@code bench/run.sh mirror [OUTPUT.md]}. */
package dev.profilelens.bench.mirror;
