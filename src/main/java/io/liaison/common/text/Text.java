package io.liaison.common.text;

/** How the services store the free text a request sends. */
public final class Text {

    private Text() {}

    /** Trimmed, and null when nothing is left: an empty field is an absent one. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
