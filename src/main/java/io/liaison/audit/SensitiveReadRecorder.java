package io.liaison.audit;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes a request's sensitive reads when it answers: a failed request showed nothing, so records nothing. */
public class SensitiveReadRecorder {

    private final SensitiveReadLog log;

    SensitiveReadRecorder(SensitiveReadLog log) {
        this.log = log;
    }

    @ServerResponseFilter
    public void recordOnAnswer(ContainerResponseContext response) {
        if (response.getStatus() < 400) {
            log.recordAnswered();
        }
    }
}
