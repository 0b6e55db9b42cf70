package io.liaison.bench.reference;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** As the Panache quickstart writes it: no authentication, no validation, no audit, the entity as the JSON. */
@Path("/")
public class ReferenceResource {
    @GET
    @Path("accounts/{aid}")
    public Account account(int aid) {
        Account account = Account.findById(aid);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    @POST
    @Path("rows")
    @Transactional
    public RestResponse<InsertedRow> insert(InsertedRow row) {
        row.id = null;
        row.persist();
        return RestResponse.ResponseBuilder.<InsertedRow>created(URI.create("/rows/" + row.id))
                .entity(row)
                .build();
    }
}
