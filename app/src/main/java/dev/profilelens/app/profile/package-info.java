/** One profile in panes: Data, MetaTags, updates, session, key info, raw. */
@NullMarked
package dev.profilelens.app.profile;

import org.jspecify.annotations.NullMarked;
