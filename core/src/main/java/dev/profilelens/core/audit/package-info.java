/** Audit records of writes made through ProfileLens, and the MetaTag audit engine. */
@NullMarked
package dev.profilelens.core.audit;

import org.jspecify.annotations.NullMarked;
