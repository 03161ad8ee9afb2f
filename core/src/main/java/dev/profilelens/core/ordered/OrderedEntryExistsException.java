package dev.profilelens.core.ordered;

import dev.profilelens.core.error.ConflictException;

/** An exclusive create found the key already there (v2 create answers 400): someone wrote it first. */
public final class OrderedEntryExistsException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public OrderedEntryExistsException(OrderedStoreRef store, String key) {
        super("The entry " + key + " already exists in the ordered data store " + store + ".");
    }
}
