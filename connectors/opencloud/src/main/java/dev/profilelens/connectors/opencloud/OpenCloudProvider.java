package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSourceProvider;
import java.time.Duration;
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

    @Override
    public boolean supports(String spec) {
        return spec.startsWith("opencloud:");
    }

    @Override
    public boolean saveCredential(String spec, String secret) {
        String[] ub = universeAndBase(spec);
        return Keychain.save(Keychain.account(ub[0], ub[1]), secret);
    }

    private static String[] universeAndBase(String spec) {
        String rest = spec.substring("opencloud:".length());
        int at = rest.indexOf('@');
        return new String[] {at < 0 ? rest : rest.substring(0, at),
            at < 0 ? REAL_BASE : rest.substring(at + 1).replaceAll("/+$", "")};
    }

    @Override
    public ProfileSource open(String spec, Map<String, String> options) {
        String[] ub = universeAndBase(spec);
        String universe = ub[0];
        String base = ub[1];
        if (!universe.matches("\\d{1,19}")) {
            throw new InvalidInputException("opencloud: needs a numeric universe id, e.g. opencloud:1234567 or "
                    + "opencloud:1@http://127.0.0.1:8719", "--source");
        }
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new InvalidInputException("opencloud: the base URL must start with http:// or https:// (got "
                    + base + ")", "--source");
        }
        String key = options.get("apiKey");
        if (key == null || key.isBlank()) {
            key = Keychain.find(Keychain.account(universe, base)).orElse(System.getenv(KEY_ENV));
        }
        if (key == null || key.isBlank()) {
            if (!base.equals(REAL_BASE)) {
                key = "dev-key";
            } else {
                throw new InvalidInputException("No API key for universe " + universe + ": enter it in the "
                        + "connection dialog (kept in the OS keychain) or set " + KEY_ENV + ".", KEY_ENV);
            }
        }
        int budget = Integer.parseInt(options.getOrDefault("budget", "250"));
        long backoff = Long.parseLong(options.getOrDefault("backoffMs", "500"));
        int v1Budget = Integer.parseInt(options.getOrDefault("v1Budget", "250"));
        if (budget < 1 || v1Budget < 1) {
            throw new InvalidInputException("opencloud: budget and v1Budget must be at least 1 request per minute",
                    "budget");
        }
        CloudHttp http = new CloudHttp(key, ClientBudget.shared(base, universe, budget, v1Budget),
                Duration.ofSeconds(10), backoff);
        return new OpenCloudProfileSource(base, universe, http, Boolean.parseBoolean(options.getOrDefault("readOnly",
                "false")));
    }
}
