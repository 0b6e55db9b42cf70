package io.liaison.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every list accepts. */
public class PageParams {

    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 500")
    public int size;

    @QueryParam("sort")
    @Parameter(
            description = "Comma-separated fields from the operation's allow-list; prefix with - for descending,"
                    + " e.g. sort=-priority,lastName. Not combinable with updatedSince.")
    public String sort;

    @QueryParam("updatedSince")
    @Parameter(
            description = "Only records updated at or after this instant (ISO-8601), ordered by update time and"
                    + " id, for incremental sync")
    public Instant updatedSince;

    @QueryParam("includeArchived")
    @DefaultValue("false")
    @Parameter(description = "Include archived (or inactive) records")
    public boolean includeArchived;

    public int offset() {
        return page * size;
    }
}
