package dev.profilelens.core.store;

/** A provider that needs the loading process's {@link ProviderContext}; given once, before any other call. */
public interface ContextAware {
    void attach(ProviderContext context);
}
