package io.liaison.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A page in an order the caller chooses: coverage, computed for today, takes these and no sync. */
public class SortedPaging extends Paging {

    @QueryParam("sort")
    @Parameter(
            description = "Comma-separated fields from the operation's allow-list; prefix with - for descending,"
                    + " e.g. sort=-priority,lastName. Not combinable with updatedSince.")
    public String sort;

    @Override
    public PageParams asPageParams() {
        PageParams params = super.asPageParams();
        params.sort = sort;
        return params;
    }
}
