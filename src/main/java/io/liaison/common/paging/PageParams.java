package io.liaison.common.paging;

import io.liaison.common.http.DateOrInstant;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of a list of records: a page, its order, and incremental sync. Lists computed for today take
 * fewer ({@link Paging}, {@link SortedPaging}).
 */
public class PageParams extends SortedPaging {

    @QueryParam("updatedSince")
    @Parameter(
            description = "Only records updated at or after this moment, ordered by update time and id, for"
                    + " incremental sync. Deletions are not seen this way." + DateOrInstant.ACCEPTS,
            schema = @Schema(type = SchemaType.STRING, example = "2026-10-01T09:00:00Z"))
    public Instant updatedSince;

    @QueryParam("includeArchived")
    @DefaultValue("false")
    @Parameter(description = "Include archived (or inactive) records")
    public boolean includeArchived;
}
