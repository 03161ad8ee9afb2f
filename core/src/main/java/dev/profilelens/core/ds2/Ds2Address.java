package dev.profilelens.core.ds2;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * A DataStore2 player, {@code ds2:MASTER/USERID} (cli.md). The master key may itself contain {@code /}: the user id
 * is what follows the last one, as Roblox's batch processor splits store names ({@code ^(.*)/([^/]*)$}).
 */
public record Ds2Address(String master, long userId) {
    public static final String PREFIX = "ds2:";

    public Ds2Address {
        Objects.requireNonNull(master, "master");
        if (master.isEmpty()) {
            throw new InvalidInputException("A DataStore2 address needs a master key before the user id", "KEY");
        }
    }

    /** True when the text is meant as a DataStore2 address. */
    public static boolean isAddress(String text) {
        return text.startsWith(PREFIX);
    }

    /** Parses {@code ds2:MASTER/USERID}; refuses anything else with a message naming the expected form. */
    public static Ds2Address parse(String text) {
        if (!isAddress(text)) {
            throw bad(text);
        }
        String rest = text.substring(PREFIX.length());
        int slash = rest.lastIndexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw bad(text);
        }
        String id = rest.substring(slash + 1);
        if (!id.matches("\\d{1,19}")) {
            throw bad(text);
        }
        try {
            return new Ds2Address(rest.substring(0, slash), Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw bad(text);
        }
    }

    /** The address a store name of the OrderedBackups layout stands for ({@code DATA/12345}), if it is one. */
    public static Optional<Ds2Address> fromStoreName(String store) {
        int slash = store.lastIndexOf('/');
        if (slash <= 0 || !store.substring(slash + 1).matches("\\d{1,19}")) {
            return Optional.empty();
        }
        return Optional.of(new Ds2Address(store.substring(0, slash), Long.parseLong(store.substring(slash + 1))));
    }

    /** The OrderedBackups store name: {@code MASTER/USERID}, both standard and ordered. */
    public String backupStore() {
        return master + "/" + userId;
    }

    @Override
    public String toString() {
        return PREFIX + master + "/" + userId;
    }

    private static InvalidInputException bad(String text) {
        return new InvalidInputException("\"" + text + "\" is not a DataStore2 address: use ds2:MASTER/USERID, e.g. "
                + "ds2:DATA/12345", "KEY");
    }
}
