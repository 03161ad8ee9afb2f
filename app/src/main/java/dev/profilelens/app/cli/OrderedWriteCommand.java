package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEditor;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedValues;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The ordered writes (set, increment, remove), each through {@link OrderedEditor} and the audit log. */
abstract class OrderedWriteCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    OrderedSourceOption target;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (kept in the audit log; default: the "
            + "command itself).")
    String reason;

    abstract String apply(OrderedEditor editor, String why);

    abstract String verb();

    @Override
    public Integer call() {
        String why = reason != null ? reason : "profilelens ordered " + verb() + " " + key;
        AuditLog audit = WriteSession.openAuditLog(target.env);
        try (OrderedSource s = target.open(false)) {
            OrderedEditor editor = new OrderedEditor(s, audit, target.env.clock(), target.env.user(),
                    target.spec);
            spec.commandLine().getOut().println(apply(editor, why));
        } finally {
            if (audit instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("Could not close the audit log", e);
                }
            }
        }
        return 0;
    }

    /** {@code ordered set STORE KEY VALUE}: creates or overwrites. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set an entry to an integer VALUE (created when missing); prints the entry.")
    static final class Set extends OrderedWriteCommand {
        @Parameters(index = "2", paramLabel = "VALUE")
        String value;

        @Override
        String apply(OrderedEditor editor, String why) {
            return OrderedJson.line(editor.set(target.ref(), key, OrderedValues.parse(value, "VALUE"), why));
        }

        @Override
        String verb() {
            return "set";
        }
    }

    /** {@code ordered increment STORE KEY AMOUNT}. */
    @Command(name = "increment", mixinStandardHelpOptions = true,
            description = "Add an integer AMOUNT (may be negative; a missing entry starts at 0); prints the entry.")
    static final class Increment extends OrderedWriteCommand {
        @Parameters(index = "2", paramLabel = "AMOUNT", description = "Negative amounts: put -- before them.")
        String amount;

        @Override
        String apply(OrderedEditor editor, String why) {
            return OrderedJson.line(editor.increment(target.ref(), key, OrderedValues.parse(amount, "AMOUNT"), why));
        }

        @Override
        String verb() {
            return "increment";
        }
    }

    /** {@code ordered remove STORE KEY}: deleted at once (ordered stores keep no history). */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Delete an entry at once (no history is kept). Exit 2 when there was none.")
    static final class Remove extends OrderedWriteCommand {
        @Override
        String apply(OrderedEditor editor, String why) {
            if (!editor.remove(target.ref(), key, why)) {
                throw new InvalidInputException("No entry " + key + " in the ordered data store " + target.ref()
                        + "; nothing was removed.", "KEY");
            }
            return "{\"removed\":" + TextNode.valueOf(key) + "}";
        }

        @Override
        String verb() {
            return "remove";
        }
    }
}
