package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Map;

/**
 * The parts of an {@code opencloud:UNIVERSE[@URL]} spec a client needs: base URL, universe and an HTTP client with
 * the API key (option, keychain, environment; the emulator's dev key for a local URL) and a budget.
 * {@code bucket} names a separate budget family under the same universe (ordered stores have their own).
 */
record CloudConnection(String base, String universe, CloudHttp http) {

    static CloudConnection open(String spec, Map<String, String> options, String bucket, Keychain keychain,
                                Budgets budgets) {
        String rest = spec.substring("opencloud:".length());
        int at = rest.indexOf('@');
        String universe = at < 0 ? rest : rest.substring(0, at);
        String base = at < 0 ? OpenCloudProvider.REAL_BASE : rest.substring(at + 1).replaceAll("/+$", "");
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
            key = keychain.find(Keychain.account(universe, base)).orElse(System.getenv(OpenCloudProvider.KEY_ENV));
        }
        if (key == null || key.isBlank()) {
            if (base.equals(OpenCloudProvider.REAL_BASE)) {
                throw new InvalidInputException("No API key for universe " + universe + ": enter it in the "
                        + "connection dialog (kept in the OS keychain) or set " + OpenCloudProvider.KEY_ENV + ".",
                        OpenCloudProvider.KEY_ENV);
            }
            key = "dev-key";
        }
        int budget = Integer.parseInt(options.getOrDefault("budget", "250"));
        long backoff = Long.parseLong(options.getOrDefault("backoffMs", "500"));
        int v1Budget = Integer.parseInt(options.getOrDefault("v1Budget", "250"));
        if (budget < 1 || v1Budget < 1) {
            throw new InvalidInputException("opencloud: budget and v1Budget must be at least 1 request per minute",
                    "budget");
        }
        CloudHttp http = new CloudHttp(key, budgets.of(base, universe + bucket, budget, v1Budget),
                Duration.ofSeconds(10), backoff);
        return new CloudConnection(base, universe, http);
    }
}
