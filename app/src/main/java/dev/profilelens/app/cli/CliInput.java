package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads CLI file arguments: a path, or {@code -} for standard input. Errors name the file (exit 2). */
final class CliInput {
    private CliInput() {
    }

    /** The bytes of FILE; a missing or unreadable file is bad input naming it. */
    static byte[] read(String file, InputStream stdin) {
        try {
            return file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Like {@link #read}, but a file that does not exist reads as empty (a missing key). */
    static byte[] readOrEmpty(String file, InputStream stdin) {
        if (!file.equals("-") && !Files.exists(Path.of(file))) {
            return new byte[0];
        }
        return read(file, stdin);
    }

    /** Parses FILE as JSON; errors carry the file name, line and column. */
    static JsonNode json(String file, InputStream stdin) {
        return parse(file, read(file, stdin));
    }

    static JsonNode parse(String what, byte[] bytes) {
        try {
            return RobloxJson.parse(bytes);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(what + ": " + e.getMessage());
        }
    }

    /**
     * Parses an option's JSON text that must be a storable value (e.g. {@code --data}): errors name the option and
     * the JSON path.
     */
    static JsonNode storable(String option, String text) {
        JsonNode value = option(option, text);
        try {
            Validator.validateStored(value);
        } catch (InvalidInputException e) {
            throw e.within(option + " cannot be stored");
        }
        return value;
    }

    /** Parses an option's JSON text (e.g. {@code --data}). */
    static JsonNode option(String option, String text) {
        try {
            return RobloxJson.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(option + ": " + e.getMessage(), option);
        }
    }
}
