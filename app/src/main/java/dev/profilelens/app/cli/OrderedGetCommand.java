package dev.profilelens.app.cli;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.ordered.OrderedSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code ordered get STORE KEY}: the entry as a JSON line; exit 2 when absent. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Print {\"key\",\"value\"} of one entry. Exit 2 when there is none.")
final class OrderedGetCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    OrderedSourceOption target;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @Override
    public Integer call() {
        try (OrderedSource s = target.open(true)) {
            OrderedEntry e = s.get(target.ref(), key).orElseThrow(() -> new InvalidInputException("No entry "
                    + key + " in the ordered data store " + target.ref() + ".", "KEY"));
            spec.commandLine().getOut().println(OrderedJson.line(e));
        }
        return 0;
    }
}
