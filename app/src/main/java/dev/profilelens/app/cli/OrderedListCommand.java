package dev.profilelens.app.cli;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedQuery;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedValues;
import dev.profilelens.core.store.Page;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code ordered list STORE [--desc] [--min N] [--max N] [--limit N]}: one JSON line per entry, by value. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Entries by value (ascending, or --desc), optionally within --min/--max (inclusive): one "
                + "{\"key\",\"value\"} JSON line each.")
final class OrderedListCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    OrderedSourceOption target;

    @Option(names = "--desc", description = "Highest value first.")
    boolean desc;

    @Option(names = "--min", paramLabel = "N", description = "Only values >= N.")
    String min;

    @Option(names = "--max", paramLabel = "N", description = "Only values <= N.")
    String max;

    @Option(names = "--limit", defaultValue = "100", description = "At most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new InvalidInputException("--limit must be at least 1", "--limit");
        }
        Long lo = min == null ? null : OrderedValues.parse(min, "--min");
        Long hi = max == null ? null : OrderedValues.parse(max, "--max");
        if (lo != null && hi != null && lo > hi) {
            throw new InvalidInputException("--min " + lo + " is above --max " + hi, "--min");
        }
        OrderedQuery q = new OrderedQuery(desc, lo, hi);
        PrintWriter out = spec.commandLine().getOut();
        try (OrderedSource s = target.open(true)) {
            int printed = 0;
            String cursor = null;
            do {
                Page<OrderedEntry> page = s.list(target.ref(), q, cursor, Math.min(100, limit - printed));
                for (OrderedEntry e : page.items()) {
                    out.println(OrderedJson.line(e));
                    printed++;
                }
                cursor = page.nextCursor();
            } while (cursor != null && printed < limit);
        }
        return 0;
    }
}
