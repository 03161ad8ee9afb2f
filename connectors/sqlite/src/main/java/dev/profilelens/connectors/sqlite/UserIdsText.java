package dev.profilelens.connectors.sqlite;

import java.util.ArrayList;
import java.util.List;

/** UserIds stored as a JSON array text such as {@code [42,7]}. */
final class UserIdsText {
    private UserIdsText() {
    }

    static String format(List<Long> ids) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < ids.size(); i++) {
            b.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        return b.append(']').toString();
    }

    static List<Long> parse(String text) {
        String body = text.substring(1, text.length() - 1).trim();
        List<Long> out = new ArrayList<>();
        if (!body.isEmpty()) {
            for (String part : body.split(",")) {
                out.add(Long.parseLong(part.trim()));
            }
        }
        return out;
    }
}
