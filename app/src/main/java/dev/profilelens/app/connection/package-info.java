/** Connections: sandbox, SQLite file, Open Cloud universe, emulator; with colour and safety level. */
@NullMarked
package dev.profilelens.app.connection;

import org.jspecify.annotations.NullMarked;
