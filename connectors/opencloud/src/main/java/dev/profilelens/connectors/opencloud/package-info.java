/** A ProfileSource over Roblox Open Cloud: v2 reads and listings, v1 conditional writes (ADR 0031). */
@NullMarked
package dev.profilelens.connectors.opencloud;

import org.jspecify.annotations.NullMarked;
