package dev.profilelens.core.ordered;

import dev.profilelens.core.error.InvalidInputException;

/** An update without allow-missing found no entry under the key. */
public final class OrderedEntryMissingException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public OrderedEntryMissingException(OrderedStoreRef store, String key) {
        super("The ordered data store " + store + " has no entry " + key + ".", "KEY");
    }
}
