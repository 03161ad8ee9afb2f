/** Benchmark of find-a-player (issue #20): {@code bench/run.sh find [OUTPUT.md]}. */
package dev.profilelens.bench.find;
