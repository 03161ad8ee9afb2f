package dev.profilelens.core.erase;

import dev.profilelens.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which universe each start place belongs to. The webhook names start places ({@code GameIds}), data stores belong
 * to universes (spec/liveops.md §4.2: "Map them to universe IDs yourself"). The map is given by the user (a place's
 * universe is shown in Creator Hub); ProfileLens never guesses.
 */
public record PlaceUniverses(Map<Long, Long> universeOf) {
    private static final Pattern SPEC_UNIVERSE = Pattern.compile("opencloud:([0-9]+)(@.*)?");

    public PlaceUniverses {
        universeOf = Map.copyOf(universeOf);
    }

    public static PlaceUniverses none() {
        return new PlaceUniverses(Map.of());
    }

    /** Parses {@code PLACE=UNIVERSE,…}; bad pairs are bad input naming {@code where}. */
    public static PlaceUniverses parse(@Nullable String text, String where) {
        Map<Long, Long> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return none();
        }
        for (String pair : text.split("[,\\s]+")) {
            String[] kv = pair.split("=", -1);
            if (kv.length != 2 || !kv[0].matches("[0-9]{1,18}") || !kv[1].matches("[0-9]{1,18}")) {
                throw new InvalidInputException("\"" + pair + "\" is not PLACE_ID=UNIVERSE_ID (e.g. 1818=4811)", where);
            }
            out.put(Long.parseLong(kv[0]), Long.parseLong(kv[1]));
        }
        return new PlaceUniverses(out);
    }

    /** The universe of a source spec ({@code opencloud:UNIVERSE[@URL]}), or null for local stores. */
    public static @Nullable Long universeOfSpec(String spec) {
        Matcher m = SPEC_UNIVERSE.matcher(spec);
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    /**
     * Checks the request's places against the connection's universe: notes for the report, or bad input when every
     * place is known and none belongs to this universe (the request is for another game).
     */
    public List<String> check(ErasureRequest request, @Nullable Long universe) {
        List<String> notes = new ArrayList<>();
        if (request.placeIds().isEmpty()) {
            return notes;
        }
        List<Long> unknown = new ArrayList<>();
        List<Long> here = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (long place : request.placeIds()) {
            Long u = universeOf.get(place);
            if (u == null) {
                unknown.add(place);
            } else if (universe != null && u.equals(universe)) {
                here.add(place);
            } else {
                elsewhere.add(place + " (universe " + u + ")");
            }
        }
        if (universe == null) {
            notes.add("The request names start places " + request.placeIds() + "; this connection is a local "
                    + "store without a universe, so they were not checked");
            return notes;
        }
        if (here.isEmpty() && unknown.isEmpty()) {
            throw new InvalidInputException("The request is for start places " + String.join(", ", elsewhere)
                    + ", not for this connection's universe " + universe + "; open that universe's connection. "
                    + "Nothing was erased.", "GameIds");
        }
        if (!here.isEmpty()) {
            notes.add("Start places " + here + " belong to this connection's universe " + universe);
        }
        if (!elsewhere.isEmpty()) {
            notes.add("Start places " + String.join(", ", elsewhere) + " belong to other universes: erase there too");
        }
        if (!unknown.isEmpty()) {
            notes.add("Start places " + unknown + " have no known universe (give PLACE=UNIVERSE); check that "
                    + "they are this game's");
        }
        return notes;
    }
}
