package io.liaison.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.EveryBadField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * PATCH support: the merge patch is applied to the record's current writable view (the same record a PUT
 * takes), then the result is read and validated exactly like a PUT body. So a field is cleared only when the
 * client sent it as null, and a PATCH can never store what a PUT would reject.
 */
@ApplicationScoped
public class MergePatcher {

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * @param current the record's writable fields as they are, under the names {@code type} gives them (a request
     *     record or the service's own form of it)
     */
    public <T> T apply(Object current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.invalid("body", "must be a JSON object (RFC 7396 merge patch)");
        }
        JsonNode merged = JsonMergePatch.apply(mapper.valueToTree(current), patch);
        T result;
        try {
            result = EveryBadField.naming(() -> mapper.treeToValue(merged, type));
        } catch (IOException e) {
            // Mapped like a malformed body, naming the field.
            throw new UncheckedIOException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }
}
