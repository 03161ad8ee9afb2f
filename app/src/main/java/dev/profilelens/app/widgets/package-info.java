/** Small shared widgets and their texts (badges), used by several features. */
@NullMarked
package dev.profilelens.app.widgets;

import org.jspecify.annotations.NullMarked;
