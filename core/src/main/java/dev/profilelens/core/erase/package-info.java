/**
 * Right to erasure (issue #21 item 1, ADR 0170): who is to be erased ({@link ErasureRequest}, from a UserId, a list
 * or Roblox's signed {@code RightToErasureRequest} webhook body), every place they are held ({@link ErasePlanner}),
 * the erase itself through the lock-first delete path with a re-check ({@link EraseRunner}), and the report kept
 * with the audit log ({@link EraseReport}).
 */
@NullMarked
package dev.profilelens.core.erase;

import org.jspecify.annotations.NullMarked;
