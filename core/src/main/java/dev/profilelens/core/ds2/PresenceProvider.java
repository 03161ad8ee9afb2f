package dev.profilelens.core.ds2;

/** Presence for a source spec (the sandbox's simulated servers); connectors register it with ServiceLoader. */
public interface PresenceProvider {
    boolean supports(String spec);

    Presence open(String spec);
}
