package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.RequestBudget.Category;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * HTTP with the budget, and the retry rules of spec/opencloud.md §4.5: reads retry 429 (honouring retry-after
 * in seconds or as an HTTP date), 5xx except 501 and lost connections with full-jitter exponential backoff; writes
 * are sent once per call and a lost answer is reported to the caller, who re-reads before anything else (never a
 * blind retry). 501 NOT_IMPLEMENTED is final: the service will not do it however often it is asked.
 */
final class CloudHttp {
    static final int MAX_ATTEMPTS = 6;
    private final HttpClient client;
    private final String apiKey;
    private final ClientBudget budget;
    private final long baseBackoffMs;

    CloudHttp(String apiKey, ClientBudget budget, Duration timeout, long baseBackoffMs) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        this.apiKey = apiKey;
        this.budget = budget;
        this.baseBackoffMs = baseBackoffMs;
    }

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("x-api-key", apiKey);
    }

    /** A read: retried on 429, 5xx and lost connections; gives up with {@link UnavailableException}. */
    HttpResponse<byte[]> read(Category category, HttpRequest request, String what) {
        for (int attempt = 1; ; attempt++) {
            Optional<HttpResponse<byte[]>> r = sendOnce(category, request);
            if (r.isPresent() && !retryable(r.get().statusCode())) {
                return r.get();
            }
            if (attempt >= MAX_ATTEMPTS) {
                if (r.isPresent()) {
                    throw CloudErrors.of(r.get().statusCode(), r.get().body(), what);
                }
                throw new UnavailableException("No answer from Roblox after " + MAX_ATTEMPTS + " attempts to "
                        + what + ". Check the network and try again.");
            }
            backoff(category, r.orElse(null), attempt);
        }
    }

    /**
     * A write, sent once (a 429 is retried: the service did not apply it). Empty when the answer was lost or was
     * a 5xx: the caller must re-read to learn whether it was applied.
     */
    Optional<HttpResponse<byte[]>> write(Category category, HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            Optional<HttpResponse<byte[]>> r = sendOnce(category, request);
            if (r.isEmpty() || r.get().statusCode() >= 500 && r.get().statusCode() != 501) {
                return Optional.empty();
            }
            if (r.get().statusCode() != 429 || attempt >= MAX_ATTEMPTS) {
                return r;
            }
            backoff(category, r.get(), attempt);
        }
    }

    /** 429 and 5xx other than 501 NOT_IMPLEMENTED may succeed when asked again. */
    static boolean retryable(int status) {
        return status == 429 || status >= 500 && status != 501;
    }

    private Optional<HttpResponse<byte[]>> sendOnce(Category category, HttpRequest request) {
        try {
            budget.acquire(category);
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 429) {
                budget.countThrottled(category);
            }
            return Optional.of(r);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted while talking to Roblox", e);
        }
    }

    /** Waits before the next attempt: retry-after when given, else full jitter over an exponential cap. */
    void backoff(Category category, @Nullable HttpResponse<byte[]> response, int attempt) {
        long wait;
        Optional<String> retryAfter = response == null ? Optional.empty()
                : response.headers().firstValue("retry-after");
        if (retryAfter.isPresent()) {
            wait = RetryAfter.millis(retryAfter.get(), java.time.Clock.systemUTC());
        } else {
            long cap = Math.min(60_000, baseBackoffMs << Math.min(attempt, 10));
            wait = ThreadLocalRandom.current().nextLong(cap + 1);
        }
        if (response != null && response.statusCode() == 429) {
            budget.pause(category, wait);
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted while waiting to retry", e);
        }
    }

    ClientBudget budget() {
        return budget;
    }
}
