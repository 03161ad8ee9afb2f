package dev.profilelens.app.versions;

/** One path of a comparison: the value in the older and in the newer value (as text), and whether they differ. */
public record CompareRow(String path, String older, String newer, boolean changed) {
}
