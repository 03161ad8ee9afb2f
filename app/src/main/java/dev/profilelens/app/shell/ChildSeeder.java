package dev.profilelens.app.shell;

import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.SandboxProvisioner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Seeds the sandbox in a child JVM ({@link SeedChild}) with this process's class path, its {@code profilelens.*}
 * settings and the data directory this window uses, relaying its progress; cancelling closes the child's input, and it
 * stops without leaving a sandbox.
 * Seeding in the window's own process left its heap, and so its resident memory, about 100 MB larger for the
 * whole session (ADR 0203).
 */
final class ChildSeeder {
    private final Path java;
    private final Path home;

    private ChildSeeder(Path java, Path home) {
        this.java = java;
        this.home = home;
    }

    /** The seeder for this runtime, or empty when it has no {@code java} launcher (then seed in process). */
    static Optional<ChildSeeder> find(Path home) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) && !System.getProperty("java.class.path", "").isEmpty()
                ? Optional.of(new ChildSeeder(java, home)) : Optional.empty();
    }

    List<String> command(int profiles, long seed) {
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-XX:+UseSerialGC"));
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("profilelens."))
                .filter(n -> !n.equals(SeedChild.HOME)).sorted()
                .forEach(n -> cmd.add("-D" + n + "=" + System.getProperty(n)));
        cmd.add("-D" + SeedChild.HOME + "=" + home);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SeedChild.class.getName(),
                Integer.toString(profiles), Long.toString(seed)));
        return cmd;
    }

    void create(int profiles, long seed, SandboxProvisioner.Progress progress, BooleanSupplier cancelled) {
        try {
            Process child = new ProcessBuilder(command(profiles, seed))
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            String last = relay(child, progress, cancelled);
            int exit = child.waitFor();
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Seeding the sandbox was cancelled");
            }
            if (exit != 0 || !"done".equals(last)) {
                String why = err.isEmpty() ? "the seeding process ended with code " + exit
                        : err.lines().reduce((a, b) -> b).orElse(err);
                throw new InspectorException("Could not create the sandbox: " + why);
            }
        } catch (IOException e) {
            throw new InspectorException("Could not start the sandbox seeding process: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InspectorException("Creating the sandbox was interrupted", e);
        }
    }

    private static String relay(Process child, SandboxProvisioner.Progress progress, BooleanSupplier cancelled)
            throws IOException {
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
                String[] p = line.split(" ");
                if (p.length == 3 && p[0].equals("progress")) {
                    progress.update(Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                }
                if (cancelled.getAsBoolean()) {
                    child.getOutputStream().close();
                }
            }
        }
        return last;
    }
}
