package dev.profilelens.connectors.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket: the answer's header lines exactly as sent (names with their case), for checks that
 * a Java HTTP client cannot make because it normalises names.
 */
final class RawHttp {
    /** An answer as received. */
    record Answer(int status, List<String> headerLines, byte[] body) {
        Optional<String> header(String name) {
            for (String line : headerLines) {
                int colon = line.indexOf(':');
                if (line.substring(0, colon).equalsIgnoreCase(name)) {
                    return Optional.of(line.substring(colon + 1).strip());
                }
            }
            return Optional.empty();
        }

        List<String> names() {
            return headerLines.stream().map(l -> l.substring(0, l.indexOf(':'))).toList();
        }
    }

    private RawHttp() {
    }

    static Answer send(int port, String method, String pathAndQuery, String apiKey, byte[] body, String... headers)
            throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            StringBuilder req = new StringBuilder(method + " " + pathAndQuery + " HTTP/1.1\r\nhost: 127.0.0.1\r\n"
                    + "connection: close\r\nx-api-key: " + apiKey + "\r\ncontent-length: " + body.length + "\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                req.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            req.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return read(s.getInputStream());
        }
    }

    /**
     * Two requests on one kept-alive connection; the first one's body is sent {@code pauseMs} after its header, the
     * way the JDK client sends them (two writes). Returns both answers; the second is empty-bodied on a dead line.
     */
    static List<Answer> twoOnOneConnection(int port, String method, String path, String apiKey, byte[] body,
            String secondPath, long pauseMs) throws IOException, InterruptedException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nhost: 127.0.0.1\r\nx-api-key: " + apiKey
                    + "\r\ncontent-type: application/json\r\ncontent-length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(pauseMs); // the pause under test, not a wait for a condition
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            Answer first = readSized(in);
            out.write(("GET " + secondPath + " HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\nx-api-key: "
                    + apiKey + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return List.of(first, read(in));
        }
    }

    private static Answer readSized(InputStream in) throws IOException {
        String status = line(in);
        List<String> lines = new ArrayList<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            lines.add(l);
        }
        Answer head = new Answer(Integer.parseInt(status.split(" ")[1]), lines, new byte[0]);
        int length = Integer.parseInt(head.header("content-length").orElse("0"));
        return new Answer(head.status(), lines, in.readNBytes(length));
    }

    private static Answer read(InputStream in) throws IOException {
        String status = line(in);
        if (status.isEmpty()) {
            return new Answer(-1, List.of(), new byte[0]); // the connection ended without an answer
        }
        List<String> lines = new ArrayList<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            lines.add(l);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean chunked = lines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")
                && l.toLowerCase(Locale.ROOT).contains("chunked"));
        if (chunked) {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Answer(Integer.parseInt(status.split(" ")[1]), lines, body.toByteArray());
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
