/** The DataStore2 player view: latest value, backups as history, combined sub-keys, the #206 warning, edits. */
@NullMarked
package dev.profilelens.app.ds2;

import org.jspecify.annotations.NullMarked;
