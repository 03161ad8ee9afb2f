/** The global update / message composer: a profile's mailbox, new gifts, templates, delivery follow-up (#9). */
@NullMarked
package dev.profilelens.app.composer;

import org.jspecify.annotations.NullMarked;
