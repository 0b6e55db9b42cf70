package io.liaison.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liaison.client.ApiClient;
import io.liaison.client.ApiException;
import io.liaison.client.ApiResponse;
import io.liaison.client.api.OrganisationsApi;
import io.liaison.client.api.PostsApi;
import io.liaison.client.api.StakeholdersApi;
import io.liaison.client.model.Post;
import io.liaison.client.model.PostCategory;
import io.liaison.client.model.PostWrite;
import io.liaison.client.model.Priority;
import io.liaison.client.model.Stakeholder;
import io.liaison.client.model.StakeholderPatch;
import io.liaison.client.model.StakeholderWrite;
import io.liaison.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java client openapi-generator makes from openapi/openapi.yaml, used as a client team would use it: if the
 * document and the service disagree (an answer the client cannot read, a media type it does not accept, a PATCH it
 * cannot express), this round trip fails.
 */
@QuarkusTest
class GeneratedJavaClientTest {

    @TestHTTPResource("/")
    URL server;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(server.toString().replaceFirst("/$", ""));
        String token = Tokens.admin();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    private static String etag(ApiResponse<?> response) {
        List<String> values = response.getHeaders().get("etag");
        assertThat(values).as("ETag").hasSize(1);
        return values.get(0);
    }

    @Test
    void createsReadsPatchesAndClearsAStakeholder() throws ApiException {
        StakeholdersApi stakeholders = new StakeholdersApi(client);
        String lastName = "Clientwood-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse<Stakeholder> created = stakeholders.createStakeholderWithHttpInfo(
                new StakeholderWrite()
                        .honorific("Cllr")
                        .firstName("Jo")
                        .lastName(lastName)
                        .party("Independent")
                        .notes("Met at the housing summit")
                        .priority(Priority.HIGH),
                "client-" + lastName);
        assertThat(created.getStatusCode()).isEqualTo(201);
        Stakeholder stakeholder = created.getData();
        assertThat(stakeholder.getDisplayName()).isEqualTo("Cllr Jo " + lastName);
        assertThat(stakeholder.getEmail()).isNull();

        // Only what the patch sets is sent: party changes, notes are cleared, every other field keeps its value.
        Stakeholder patched = stakeholders.patchStakeholder(
                stakeholder.getId(),
                etag(created),
                new StakeholderPatch().party("Green").notes(null));
        assertThat(patched.getParty()).isEqualTo("Green");
        assertThat(patched.getNotes()).isNull();
        assertThat(patched.getHonorific()).isEqualTo("Cllr");
        assertThat(patched.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(patched.getVersion()).isEqualTo(stakeholder.getVersion() + 1);

        assertThat(stakeholders
                        .listStakeholders(StakeholdersApi.APIListStakeholdersRequest.newBuilder()
                                .q(lastName)
                                .build())
                        .getItems())
                .extracting(Stakeholder::getId)
                .containsExactly(stakeholder.getId());
    }

    @Test
    void deletesAPostWithTheETagItWasGiven() throws ApiException {
        UUID organisation = new OrganisationsApi(client)
                .listOrganisations(OrganisationsApi.APIListOrganisationsRequest.newBuilder()
                        .size(1)
                        .build())
                .getItems()
                .get(0)
                .getId();
        PostsApi posts = new PostsApi(client);
        ApiResponse<Post> created = posts.createPostWithHttpInfo(
                new PostWrite()
                        .organisationId(organisation)
                        .title("Cabinet Member for Client Tests " + UUID.randomUUID())
                        .category(PostCategory.CABINET_MEMBER),
                null);
        UUID post = created.getData().getId();

        posts.deletePost(post, etag(created));

        assertThatThrownBy(() -> posts.getPost(post))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }
}
