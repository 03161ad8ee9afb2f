package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSourceProvider;
import java.util.Map;

/**
 * Opens {@code opencloud:UNIVERSE} (the real service) and {@code opencloud:UNIVERSE@http://HOST:PORT} (the
 * emulator or a compatible base URL). The API key comes from the option {@code apiKey}, else the OS keychain entry
 * of the universe ({@link Keychain}), else the environment variable {@code PROFILELENS_API_KEY}; it is never logged
 * and never written in clear text.
 * Options: {@code readOnly}, {@code budget} (v2 requests per minute per category, default 250), {@code v1Budget}
 * (requests per minute in each legacy v1 bucket, default 250 under the service's fixed 300).
 */
public final class OpenCloudProvider implements ProfileSourceProvider {
    public static final String REAL_BASE = "https://apis.roblox.com";
    public static final String KEY_ENV = "PROFILELENS_API_KEY";
    private final Keychain keychain;
    private final Budgets budgets = new Budgets();

    public OpenCloudProvider() {
        this(Keychain.system());
    }

    OpenCloudProvider(Keychain keychain) {
        this.keychain = keychain;
    }

    @Override
    public boolean supports(String spec) {
        return spec.startsWith("opencloud:");
    }

    @Override
    public boolean saveCredential(String spec, String secret) {
        String[] ub = universeAndBase(spec);
        return keychain.save(Keychain.account(ub[0], ub[1]), secret);
    }

    private static String[] universeAndBase(String spec) {
        String rest = spec.substring("opencloud:".length());
        int at = rest.indexOf('@');
        return new String[] {at < 0 ? rest : rest.substring(0, at),
            at < 0 ? REAL_BASE : rest.substring(at + 1).replaceAll("/+$", "")};
    }

    @Override
    public ProfileSource open(String spec, Map<String, String> options) {
        CloudConnection c = CloudConnection.open(spec, options, "", keychain, budgets);
        return new OpenCloudProfileSource(c.base(), c.universe(), c.http(),
                Boolean.parseBoolean(options.getOrDefault("readOnly", "false")));
    }
}
