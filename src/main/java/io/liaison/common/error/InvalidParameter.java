package io.liaison.common.error;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter that could not be read (a malformed UUID, date or number, an unknown enum
 * value), with its name. A WebApplicationException so the REST layer passes it on instead of turning a
 * malformed query parameter into the 404 that JAX-RS prescribes.
 */
public class InvalidParameter extends BadRequestException {

    private final String field;

    public InvalidParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
