package io.liaison.common.error;

/** A path, query or header parameter that could not be read (a malformed UUID or date), with its name. */
public class InvalidParameter extends IllegalArgumentException {

    private final String field;

    public InvalidParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
