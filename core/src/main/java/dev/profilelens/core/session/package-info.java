/**
 * A Java port of the ProfileService / ProfileStore session runtime (spec/profile-format.md §3–§7): load with lock,
 * auto-save, release, global updates and messages, written against the store SPI with an injected clock and
 * scheduler so that scenarios and the torture test run in virtual time.
 */
@NullMarked
package dev.profilelens.core.session;

import org.jspecify.annotations.NullMarked;
