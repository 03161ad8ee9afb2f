/** The main window, composition root, shortcuts, first start and smoke test. */
@NullMarked
package dev.profilelens.app.shell;

import org.jspecify.annotations.NullMarked;
