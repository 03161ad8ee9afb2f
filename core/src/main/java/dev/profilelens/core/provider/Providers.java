package dev.profilelens.core.provider;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditLogProvider;
import dev.profilelens.core.audit.index.AuditIndexProvider;
import dev.profilelens.core.ds2.Presence;
import dev.profilelens.core.ds2.PresenceProvider;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.find.CachingUserDirectory;
import dev.profilelens.core.find.UserDirectory;
import dev.profilelens.core.find.UserDirectoryProvider;
import dev.profilelens.core.mirror.MirrorTarget;
import dev.profilelens.core.mirror.MirrorTargetProvider;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedSourceProvider;
import dev.profilelens.core.store.ContextAware;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSourceProvider;
import dev.profilelens.core.store.ProviderContext;
import dev.profilelens.core.store.SandboxProvisioner;
import dev.profilelens.core.team.SecretStore;
import dev.profilelens.core.team.TeamProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connectors installed in this process, each kind loaded once, when first asked for, and given the
 * {@link ProviderContext} (ADR 0221). The composition root creates one; nothing else looks providers up, so state
 * a provider keeps (the Open Cloud request budget of a universe) is shared by every source it opens.
 */
public final class Providers {
    private final ProviderContext context;
    /** Each kind's providers, loaded when first asked for (a start does not pay for kinds it never uses). */
    private final Map<Class<?>, List<?>> loaded = new ConcurrentHashMap<>();

    private Providers(ProviderContext context) {
        this.context = context;
    }

    /** Every provider registered with {@link ServiceLoader} on the class path, given {@code context}. */
    public static Providers installed(ProviderContext context) {
        return new Providers(context);
    }

    /** The providers of one kind, loaded and given the context once. */
    @SuppressWarnings("unchecked")
    private <T> List<T> all(Class<T> type) {
        return (List<T>) loaded.computeIfAbsent(type, t -> {
            List<T> found = ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get).toList();
            for (T p : found) {
                if (p instanceof ContextAware aware) {
                    aware.attach(context);
                }
            }
            return found;
        });
    }

    public ProviderContext context() {
        return context;
    }

    /** Opens a profile source ({@code sandbox}, {@code sqlite:PATH}, {@code opencloud:U[@URL]}). */
    public ProfileSource openSource(String spec, Map<String, String> options) {
        return sourceProvider(spec).open(spec, options);
    }

    /** Saves a credential for the spec with its provider ({@link ProfileSourceProvider#saveCredential}). */
    public boolean saveCredential(String spec, String secret) {
        return sourceProvider(spec).saveCredential(spec, secret);
    }

    private ProfileSourceProvider sourceProvider(String spec) {
        return all(ProfileSourceProvider.class).stream().filter(p -> p.supports(spec)).findFirst().orElseThrow(() ->
                new InvalidInputException("Unknown source \"" + spec + "\": use sandbox, sqlite:PATH, "
                        + "opencloud:UNIVERSE_ID or opencloud:UNIVERSE_ID@http://127.0.0.1:PORT", "--source"));
    }

    /** Opens the ordered data stores of a source. */
    public OrderedSource openOrdered(String spec, Map<String, String> options) {
        return all(OrderedSourceProvider.class).stream().filter(p -> p.supports(spec)).findFirst().orElseThrow(() ->
                new InvalidInputException("No ordered data stores for the source \"" + spec + "\": use sandbox, "
                        + "sqlite:PATH or opencloud:UNIVERSE_ID[@URL]", "--source")).open(spec, options);
    }

    /** Presence of a source's players; {@link Presence#UNKNOWN} where no connector can tell (Open Cloud today). */
    public Presence presence(String spec) {
        return all(PresenceProvider.class).stream().filter(p -> p.supports(spec)).findFirst().map(p -> p.open(spec))
                .orElse(Presence.UNKNOWN);
    }

    /** The user directory of a source, with a cache; keep it for the life of the connection. */
    public UserDirectory userDirectory(String spec) {
        for (UserDirectoryProvider p : all(UserDirectoryProvider.class)) {
            Optional<UserDirectory> d = p.open(spec);
            if (d.isPresent()) {
                return new CachingUserDirectory(d.get(), context.clock());
            }
        }
        throw new InvalidInputException("No user directory serves \"" + spec + "\": search by UserId instead",
                "--source");
    }

    /** The first provider that opens {@code spec} as a mirror target, or empty. */
    public Optional<MirrorTarget> mirrorTarget(String spec) {
        for (MirrorTargetProvider p : all(MirrorTargetProvider.class)) {
            Optional<MirrorTarget> t = p.open(spec);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** The local audit log at {@code file}. */
    public AuditLog openAuditLog(Path file) {
        return all(AuditLogProvider.class).stream().findFirst().orElseThrow(() ->
                new InvalidInputException("No audit log implementation is installed")).open(file);
    }

    /** Where MetaTag audit indexes live and how a source is read for a scan. */
    public AuditIndexProvider auditIndex() {
        return all(AuditIndexProvider.class).stream().findFirst().orElseThrow(() ->
                new InvalidInputException("No audit index implementation is installed"));
    }

    /** The team database connector, if one is installed. */
    public Optional<TeamProvider> team() {
        return all(TeamProvider.class).stream().findFirst();
    }

    /** The operating system's secret store, if a connector offers one. */
    public Optional<SecretStore> secrets() {
        return all(SecretStore.class).stream().findFirst();
    }

    /** What creates the bundled sandbox, if the embedded store is installed. */
    public Optional<SandboxProvisioner> sandbox() {
        return all(SandboxProvisioner.class).stream().findFirst();
    }
}
