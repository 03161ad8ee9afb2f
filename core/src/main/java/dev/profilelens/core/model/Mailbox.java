package dev.profilelens.core.model;

import java.util.List;

/**
 * The {@code GlobalUpdates} mailbox: the counter and its entries, split by state. PS 4-tuples go to
 * {@code active}/{@code locked}; PSt 2-tuples to {@code messages}. Each list keeps stored order.
 */
public record Mailbox(long index, List<GlobalUpdate> active, List<GlobalUpdate> locked, List<Message> messages) {
    public Mailbox {
        active = List.copyOf(active);
        locked = List.copyOf(locked);
        messages = List.copyOf(messages);
    }

    public static Mailbox empty() {
        return new Mailbox(0, List.of(), List.of(), List.of());
    }

    public int pendingCount() {
        return active.size() + locked.size() + messages.size();
    }
}
