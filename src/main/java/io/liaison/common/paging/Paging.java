package io.liaison.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A page of a list: every list accepts these. Alerts, computed for today in one fixed order, accept only these. */
public class Paging {

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

    public int offset() {
        return page * size;
    }

    /** As the services take a page: with no order of its own, no sync and no archived records. */
    public PageParams asPageParams() {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return params;
    }
}
