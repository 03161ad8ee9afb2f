package dev.profilelens.core.find;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The find-a-player use case: resolves a username through the user directory (asked only for names), then
 * searches the stores. A name no user has is bad input naming the directory asked.
 */
public final class FindPlayer {
    private final PlayerFinder finder;
    private final Supplier<UserDirectory> directory;

    /** {@code directory} is opened on first use: a search by UserId never needs one. */
    public FindPlayer(PlayerFinder finder, Supplier<UserDirectory> directory) {
        this.finder = finder;
        this.directory = directory;
    }

    /** The search result; {@code resolved} tells the user behind a name. */
    public record Result(FindReport report, UserRecord resolved) {
    }

    public FindReport find(PlayerQuery query, Set<String> stores) {
        return findResolved(query, stores).report();
    }

    public Result findResolved(PlayerQuery query, Set<String> stores) {
        UserRecord user;
        Long id = query.userId();
        String name = query.username();
        if (id != null) {
            user = new UserRecord(id, "", "");
        } else if (name == null) {
            throw new InvalidInputException("Give a UserId or a username to find a player");
        } else {
            UserDirectory d = directory.get();
            user = d.byName(name).orElseThrow(() -> new InvalidInputException("No user is called \""
                    + name + "\" (asked " + d.describe() + ")", "@" + name));
        }
        return new Result(finder.find(user.id(), stores), user);
    }
}
