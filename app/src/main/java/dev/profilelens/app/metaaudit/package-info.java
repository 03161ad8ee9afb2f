/** The MetaTag audit window: scan a store into a local index, then filter, group, chart and export (#9). */
@NullMarked
package dev.profilelens.app.metaaudit;

import org.jspecify.annotations.NullMarked;
