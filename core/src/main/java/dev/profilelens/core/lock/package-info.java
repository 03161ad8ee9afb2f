/** Lock state classification and thresholds per dialect. */
@NullMarked
package dev.profilelens.core.lock;

import org.jspecify.annotations.NullMarked;
