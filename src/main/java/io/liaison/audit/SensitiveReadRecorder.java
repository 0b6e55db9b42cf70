package io.liaison.audit;

import io.quarkus.logging.Log;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes a request's sensitive reads when it answers: a failed request showed nothing, so records nothing. */
public class SensitiveReadRecorder {

    private final SensitiveReadLog log;

    SensitiveReadRecorder(SensitiveReadLog log) {
        this.log = log;
    }

    @ServerResponseFilter
    public void recordOnAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400) {
            return;
        }
        if (HttpMethod.GET.equals(request.getMethod())) {
            // A read whose record cannot be written is not answered: it fails as the database does.
            log.recordAnswered();
            return;
        }
        try {
            log.recordAnswered();
        } catch (RuntimeException e) {
            // A write has committed by now: its answer must not say otherwise, or a retry would meet a 412.
            Log.errorf(
                    e,
                    "The sensitive read of a %s to %s could not be recorded",
                    request.getMethod(),
                    request.getUriInfo().getPath());
        }
    }
}
