/** The file log in the data folder, and the last-resort reporting of failures nothing else handled. */
@NullMarked
package dev.profilelens.app.log;

import org.jspecify.annotations.NullMarked;
