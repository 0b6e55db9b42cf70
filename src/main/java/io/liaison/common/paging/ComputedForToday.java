package io.liaison.common.paging;

import io.liaison.common.error.ApiProblem;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Lists computed for today (alerts, coverage) have no update time to sync by and show what is active today, so they
 * declare neither updatedSince nor includeArchived; a script that sends one anyway is told so, rather than left to
 * believe it was applied.
 */
public class ComputedForToday {

    @QueryParam("updatedSince")
    @Parameter(hidden = true)
    public String updatedSince;

    @QueryParam("includeArchived")
    @Parameter(hidden = true)
    public String includeArchived;

    public void check() {
        if (updatedSince != null) {
            throw ApiProblem.invalid(
                    "updatedSince", "this list is computed for today and has no update time: read it whole");
        }
        if (includeArchived != null) {
            throw ApiProblem.invalid(
                    "includeArchived",
                    "this list is computed for today from active stakeholders; an archived stakeholder's own"
                            + " coverage is at /stakeholders/{stakeholderId}/coverage");
        }
    }
}
