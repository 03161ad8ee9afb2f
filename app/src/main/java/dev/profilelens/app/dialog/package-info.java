/** Dialogs and notifications, behind an interface ViewModels receive (style.md rule 12). */
@NullMarked
package dev.profilelens.app.dialog;

import org.jspecify.annotations.NullMarked;
