package dev.profilelens.core.erase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilelens.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RightToErasureRequest webhook: the signature over the raw body, then the body's fields, each error named. */
class WebhookBodyTest {
    private static final String SECRET = "s3cret-of-the-webhook";
    private static final byte[] BODY = ("{\"NotificationId\":\"8a7c\",\"EventType\":\"RightToErasureRequest\","
            + "\"EventTime\":\"2023-12-30T16:24:24.2118874Z\",\"EventPayload\":{\"UserId\":100032,"
            + "\"GameIds\":[1234,2345]}}").getBytes(StandardCharsets.UTF_8);

    @Test
    void aCorrectlySignedBodyGivesTheUserAndTheStartPlaces() {
        String header = WebhookBody.sign(SECRET, 1_703_953_464L, BODY);
        ErasureRequest r = WebhookBody.verifyAndRead(BODY, header, SECRET);
        assertThat(r.userIds()).containsExactly(100032L);
        assertThat(r.placeIds()).containsExactly(1234L, 2345L);
        assertThat(r.notificationId()).isEqualTo("8a7c");
        assertThat(r.eventTime()).isEqualTo(Instant.parse("2023-12-30T16:24:24.2118874Z"));
        assertThat(r.signedAt()).isEqualTo(Instant.ofEpochSecond(1_703_953_464L));
        assertThat(r.origin()).contains("webhook 8a7c");
    }

    @Test
    void anHmacComputedIndependentlyIsAccepted() throws Exception {
        // the documented recipe, spelled out: base64(HMAC-SHA256(secret, "<t>.<raw body>"))
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String v1 = java.util.Base64.getEncoder().encodeToString(mac.doFinal(("1700000000." + new String(BODY,
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        assertThat(WebhookBody.verifyAndRead(BODY, "t=1700000000,v1=" + v1, SECRET).userIds()).containsExactly(100032L);
    }

    @Test
    void aWrongSecretAChangedBodyOrAnotherTimeIsRefused() {
        String header = WebhookBody.sign("another-secret", 1_703_953_464L, BODY);
        assertThatThrownBy(() -> WebhookBody.verifyAndRead(BODY, header, SECRET))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.userMessage()).contains("signature does not match").contains("Nothing was erased");
                    assertThat(e.path()).isEqualTo("roblox-signature");
                });
        String good = WebhookBody.sign(SECRET, 1_703_953_464L, BODY);
        byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("100032", "100033")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WebhookBody.verifyAndRead(changed, good, SECRET))
                .hasMessageContaining("does not match");
        String otherTime = good.replace("t=1703953464", "t=1703953465");
        assertThatThrownBy(() -> WebhookBody.verifyAndRead(BODY, otherTime, SECRET))
                .hasMessageContaining("does not match");
    }

    @Test
    void missingPiecesAreNamed() {
        assertThatThrownBy(() -> WebhookBody.verifyAndRead(BODY, "t=1,v1=x", null))
                .hasMessageContaining(WebhookBody.SECRET_ENV);
        assertThatThrownBy(() -> WebhookBody.verifyAndRead(BODY, null, SECRET)).hasMessageContaining("unsigned");
        assertThatThrownBy(() -> WebhookBody.verifyAndRead(BODY, "v1=abc", SECRET))
                .hasMessageContaining("not of the form");
    }

    @Test
    void malformedBodiesAreRefusedAfterTheSignatureHolds() {
        for (String body : List.of("{\"EventType\":\"RightToErasureRequest\",\"EventPayload\":{\"UserId\":\"x\"}}",
                "{\"EventType\":\"SampleNotification\"}", "[1,2]", "{not json",
                "{\"EventType\":\"RightToErasureRequest\",\"EventPayload\":{\"UserId\":5,\"GameIds\":[\"a\"]}}")) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> WebhookBody.verifyAndRead(b, WebhookBody.sign(SECRET, 5, b), SECRET))
                    .as(body).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.path()).startsWith("webhook body"));
        }
    }

    @Test
    void startPlacesAreCheckedAgainstTheConnectionsUniverse() {
        ErasureRequest r = WebhookBody.verifyAndRead(BODY, WebhookBody.sign(SECRET, 9, BODY), SECRET);
        assertThatThrownBy(() -> PlaceUniverses.parse("1234=5,2345=5", "--places").check(r, 7L))
                .hasMessageContaining("not for this connection's universe 7");
        assertThat(PlaceUniverses.parse("1234=7", "--places").check(r, 7L)).anyMatch(n -> n.contains("[1234]")
                && n.contains("universe 7")).anyMatch(n -> n.contains("[2345] have no known universe"));
        assertThat(PlaceUniverses.none().check(r, null)).singleElement().asString().contains("not checked");
        assertThat(PlaceUniverses.universeOfSpec("opencloud:4811@http://127.0.0.1:1")).isEqualTo(4811L);
        assertThatThrownBy(() -> PlaceUniverses.parse("12:4", "--places")).hasMessageContaining("PLACE_ID=");
    }
}
