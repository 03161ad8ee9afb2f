package dev.profilelens.core.edit.intent;

/**
 * One operation of an edit, on a JSON Pointer path into the whole stored value. Applied to the latest value, it either
 * changes it (returning what was there and what is there now) or fails with an {@link IntentFailedException} naming
 * itself and why; the document is then left as it was.
 */
public sealed interface Intent permits SetValue, AddDelta, AppendItem, RemoveKey, RemoveItem, SetTag, RemoveTag,
        ReplaceValue, Transform {

    /** The JSON Pointer this intent changes ({@code ""} for the whole value). */
    String path();

    /** Applies to {@code doc.root()} in place. */
    Change apply(Document doc);

    /** A short human form without the values now stored, e.g. {@code +500}, {@code set 154108}, {@code remove}. */
    String describe();

    /** Its path and short form, e.g. {@code /Data/Coins +500}: how lists of pending changes name it. */
    default String summary() {
        return path() + " " + describe();
    }

    /** The intent as a JSON-friendly label: its kind ({@code set}, {@code add}, {@code append}, …). */
    String kind();
}
