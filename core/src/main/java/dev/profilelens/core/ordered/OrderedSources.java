package dev.profilelens.core.ordered;

import dev.profilelens.core.error.InvalidInputException;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds the ordered-store provider for a source spec among those registered with ServiceLoader. */
public final class OrderedSources {
    private OrderedSources() {
    }

    public static OrderedSource open(String spec, Map<String, String> options) {
        for (OrderedSourceProvider p : ServiceLoader.load(OrderedSourceProvider.class)) {
            if (p.supports(spec)) {
                return p.open(spec, options);
            }
        }
        throw new InvalidInputException("No ordered data stores for the source \"" + spec + "\": use sandbox, "
                + "sqlite:PATH or opencloud:UNIVERSE_ID[@URL]", "--source");
    }
}
