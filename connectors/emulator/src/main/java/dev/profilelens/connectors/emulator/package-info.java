/** A local HTTP emulator of the Roblox Open Cloud data store API, v1 and v2 (spec/opencloud.md §7; ADR 0030). */
@NullMarked
package dev.profilelens.connectors.emulator;

import org.jspecify.annotations.NullMarked;
