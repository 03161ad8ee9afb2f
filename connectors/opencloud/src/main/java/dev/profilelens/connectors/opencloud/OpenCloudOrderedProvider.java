package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedSourceProvider;
import java.util.Map;

/** Ordered data stores of {@code opencloud:UNIVERSE[@URL]} (options as for profile sources). */
public final class OpenCloudOrderedProvider implements OrderedSourceProvider {
    private final Keychain keychain;
    private final Budgets budgets = new Budgets();

    public OpenCloudOrderedProvider() {
        this(Keychain.system());
    }

    OpenCloudOrderedProvider(Keychain keychain) {
        this.keychain = keychain;
    }
    @Override
    public boolean supports(String spec) {
        return spec.startsWith("opencloud:");
    }

    @Override
    public OrderedSource open(String spec, Map<String, String> options) {
        return new OpenCloudOrderedSource(CloudConnection.open(spec, options, "#ordered", keychain, budgets),
                Boolean.parseBoolean(options.getOrDefault("readOnly", "false")));
    }
}
