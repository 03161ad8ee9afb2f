package dev.profilelens.app.cli;

import dev.profilelens.app.env.Environment;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates commands and mixins for picocli, giving those with an {@code (Environment)} constructor the launcher's
 * environment (ADR 0221); the rest are made as picocli makes them.
 */
final class EnvironmentFactory implements CommandLine.IFactory {
    private final Environment env;

    EnvironmentFactory(Environment env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<K> withEnv;
        try {
            withEnv = cls.getDeclaredConstructor(Environment.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(cls);
        }
        withEnv.setAccessible(true);
        return withEnv.newInstance(env);
    }
}
