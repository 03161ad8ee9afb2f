/** Issue #22 item 8 benchmark: how big the sandbox file grows under simulated servers. */
@NullMarked
package dev.profilelens.bench.sandbox;

import org.jspecify.annotations.NullMarked;
