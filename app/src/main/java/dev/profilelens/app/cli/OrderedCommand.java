package dev.profilelens.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code profilelens ordered list|get|set|increment|remove STORE [KEY]}: ordered data stores (cli.md). */
@Command(name = "ordered", mixinStandardHelpOptions = true,
        description = "Ordered data stores (leaderboards, DataStore2 indexes): list by value, read and change "
                + "integer entries.",
        subcommands = {OrderedListCommand.class, OrderedGetCommand.class, OrderedWriteCommand.Set.class,
            OrderedWriteCommand.Increment.class, OrderedWriteCommand.Remove.class})
final class OrderedCommand implements Runnable {
    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing subcommand: list, get, set, "
                + "increment or remove");
    }
}
