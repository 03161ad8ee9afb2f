package dev.profilelens.connectors.sqlite;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSourceProvider;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens {@code sandbox} (the default sandbox file, see {@link SandboxLocation}) and {@code sqlite:PATH}.
 * Options: {@code readOnly=true}, {@code retention=keep-all|roblox}.
 */
public final class SqliteProfileSourceProvider implements ProfileSourceProvider {
    public static final String SANDBOX = "sandbox";
    public static final String PREFIX = "sqlite:";

    @Override
    public boolean supports(String spec) {
        return spec.equals(SANDBOX) || spec.startsWith(PREFIX);
    }

    @Override
    public ProfileSource open(String spec, Map<String, String> options) {
        return new SqliteProfileSource(fileOf(spec), SqliteOptions.fromMap(options));
    }

    /** The file a spec names. */
    public static Path fileOf(String spec) {
        if (spec.equals(SANDBOX)) {
            return SandboxLocation.sandboxFile();
        }
        if (!spec.startsWith(PREFIX) || spec.length() == PREFIX.length()) {
            throw new InvalidInputException("The source \"" + spec + "\" needs a file path: sqlite:PATH", "--source");
        }
        try {
            return Path.of(spec.substring(PREFIX.length()));
        } catch (InvalidPathException e) {
            throw new InvalidInputException("The source \"" + spec + "\" is not a valid file path: "
                    + e.getReason(), "--source");
        }
    }
}
