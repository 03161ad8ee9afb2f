/** Desktop notifications (the operating system's own), for events worth a look while the window is in the back. */
@NullMarked
package dev.profilelens.app.notify;

import org.jspecify.annotations.NullMarked;
