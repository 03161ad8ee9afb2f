package dev.profilelens.connectors.opencloud;

import dev.profilelens.core.error.UnavailableException;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.RequestBudget.Category;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionConflictException;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes (ADR 0031): v1 set with {@code matchVersion} / {@code exclusiveCreate}, always sending UserIds and
 * attributes. A lost answer is never followed by a blind resend: the entry is read again, and only when it does
 * not hold our bytes is the write sent again — with the same precondition, so it cannot apply twice.
 */
final class CloudWrites {
    private final OpenCloudProfileSource source;
    private final CloudHttp http;

    CloudWrites(OpenCloudProfileSource source, CloudHttp http) {
        this.source = source;
        this.http = http;
    }

    static String refQuery(EntryRef ref) {
        return "datastoreName=" + PathSegments.query(ref.store()) + "&entryKey=" + PathSegments.query(ref.key())
                + "&scope=" + PathSegments.query(ref.scope());
    }

    WriteResult write(WriteRequest w) {
        EntryRef ref = w.ref();
        String url = source.v1() + "/datastore/entries/entry?" + refQuery(ref) + switch (w.precondition().kind()) {
            case NONE -> "";
            case MUST_NOT_EXIST -> "&exclusiveCreate=true";
            case MATCH_VERSION -> "&matchVersion="
                    + PathSegments.query(Objects.requireNonNull(w.precondition().version(), "a version to match"));
        };
        HttpRequest request = http.request(url)
                .header("content-type", "application/json")
                .header("content-md5", md5(w.value()))
                .header("roblox-entry-userids", "[" + w.userIds().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) + "]")
                .header("roblox-entry-attributes", w.attributesJson().isBlank() ? "{}" : w.attributesJson())
                .POST(HttpRequest.BodyPublishers.ofByteArray(w.value())).build();
        for (int attempt = 1; attempt <= CloudHttp.MAX_ATTEMPTS; attempt++) {
            Optional<HttpResponse<byte[]>> answer = http.write(Category.V1_WRITE, request);
            if (answer.isPresent()) {
                return outcome(w, answer.get());
            }
            Optional<StoredEntry> now = readAfterLostAnswer(ref);
            if (now.isPresent() && Arrays.equals(now.get().value(), w.value())
                    && now.get().userIds().equals(w.userIds()) && applies(w.precondition(), now.get())) {
                return new WriteResult(now.get().version(), now.get().updated());
            }
            http.backoff(Category.V1_WRITE, null, attempt);
        }
        throw new WriteOutcomeUnknownException(ref, new java.io.IOException("no answer after "
                + CloudHttp.MAX_ATTEMPTS + " attempts"));
    }

    /** The entry, read to learn a write's outcome: when that read fails too, the outcome is unknown (exit 5). */
    private Optional<StoredEntry> readAfterLostAnswer(EntryRef ref) {
        try {
            return source.read(ref);
        } catch (UnavailableException e) {
            throw new WriteOutcomeUnknownException(ref, e);
        }
    }

    /** Our bytes being there proves the write applied unless the precondition could not have held. */
    private static boolean applies(Precondition p, StoredEntry now) {
        return p.kind() != Precondition.Kind.MATCH_VERSION || !now.version().equals(p.version());
    }

    private WriteResult outcome(WriteRequest w, HttpResponse<byte[]> r) {
        String what = "write " + w.ref();
        if (r.statusCode() == 412) {
            StoredEntry current = r.body().length == 0 || r.headers().firstValue("roblox-entry-version").isEmpty()
                    ? null : WireEntry.fromV1(w.ref(), r.body(), r.headers());
            throw new VersionConflictException(w.ref(), current);
        }
        if (r.statusCode() != 200) {
            throw CloudErrors.of(r.statusCode(), r.body(), what);
        }
        try {
            var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
            return new WriteResult(n.path("version").asText(), WireEntry.time(n.path("createdTime").asText()));
        } catch (java.io.IOException e) {
            throw new dev.profilelens.core.error.InspectorException("Roblox sent an unreadable answer to " + what, e);
        }
    }

    void delete(EntryRef ref, String entryUrl) {
        String what = "delete " + ref;
        for (int attempt = 1; attempt <= CloudHttp.MAX_ATTEMPTS; attempt++) {
            Optional<HttpResponse<byte[]>> r = http.write(Category.REMOVE, http.request(entryUrl).DELETE().build());
            if (r.isPresent()) {
                int s = r.get().statusCode();
                if (s == 200 || s == 204 || s == 404) {
                    return;
                }
                throw CloudErrors.of(s, r.get().body(), what);
            }
            if (readAfterLostAnswer(ref).isEmpty()) {
                return;
            }
            http.backoff(Category.REMOVE, null, attempt);
        }
        throw new WriteOutcomeUnknownException(ref, new java.io.IOException("no answer to the delete"));
    }

    private static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
