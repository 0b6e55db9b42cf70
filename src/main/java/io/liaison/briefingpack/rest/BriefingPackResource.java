package io.liaison.briefingpack.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.liaison.briefingpack.service.BriefingPack;
import io.liaison.briefingpack.service.BriefingPackService;
import io.liaison.common.http.Api;
import io.liaison.common.http.ContentSecurityPolicy;
import io.liaison.common.security.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/interactions/{interactionId}/briefing-pack")
@Tag(name = "Interactions")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class BriefingPackResource {

    static final String PDF = "application/pdf";
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    private static final SecureRandom NONCES = new SecureRandom();

    private final BriefingPackService packs;
    private final ObjectMapper json;
    private final Template page;

    BriefingPackResource(BriefingPackService packs, ObjectMapper json, @Location("briefing-pack.html") Template page) {
        this.packs = packs;
        this.json = json;
        this.page = page;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PDF})
    @Operation(
            operationId = "getBriefingPack",
            summary = "The briefing pack for a scheduled meeting, as JSON or as a printable page",
            description = "For each stakeholder: current posts and party, the last five completed interactions, open"
                    + " follow-ups, planned policy areas overdue or due by the meeting's day, and the plan's"
                    + " objectives and milestones. Sensitive content is redacted for the caller, in every form alike."
                    + " Accept: text/html gives a page to print (its Content-Security-Policy allows its own styles"
                    + " and nothing else), application/pdf the same page as an A4 PDF. Mark the pack ready with"
                    + " PATCH /interactions/{interactionId} {\"briefingPackReady\": true}.")
    @APIResponse(
            responseCode = "200",
            description = "The pack",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefingPack.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            },
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "For the PDF: inline, with a file name",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The interaction is not SCHEDULED")
    public Response get(@PathParam("interactionId") UUID id, @Context HttpHeaders headers) {
        MediaType wanted = chosen(headers.getAcceptableMediaTypes());
        BriefingPack pack = packs.forMeeting(id);
        if (wanted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(pack, MediaType.APPLICATION_JSON_TYPE).build();
        }
        byte[] random = new byte[16];
        NONCES.nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random);
        String html = page.data("pack", PrintedPack.of(pack, json))
                .data("nonce", nonce)
                .render();
        if (wanted.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(html, HTML)
                    .header(
                            ContentSecurityPolicy.HEADER,
                            "default-src 'none'; style-src 'nonce-" + nonce + "'; frame-ancestors 'none'")
                    .build();
        }
        return Response.ok(pdf(xmlSafe(html)), PDF)
                .header("Content-Disposition", "inline; filename=\"briefing-pack-" + id + ".pdf\"")
                .build();
    }

    /** The first of the caller's accepted types (in their order of preference) that the pack comes in. */
    private static MediaType chosen(List<MediaType> accepted) {
        for (MediaType type : accepted) {
            for (MediaType offered :
                    List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE, MediaType.valueOf(PDF))) {
                if (type.isCompatible(offered)) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    /** The family the page's styles name first; the PDF embeds the glyphs it uses. */
    private static final String FONT = "DejaVu Sans";

    private static java.io.InputStream font(String file) {
        return BriefingPackResource.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file);
    }

    /**
     * The page with every character XML 1.0 cannot hold (a control character pasted into a summary, say) shown as the
     * replacement character: the PDF's parser reads the page as XML and would refuse it whole.
     */
    private static String xmlSafe(String html) {
        return NOT_XML.matcher(html).replaceAll("\uFFFD");
    }

    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    /** The printable page laid out on A4 by openhtmltopdf (the page is XHTML, as its XML parser wants). */
    private static byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the briefing pack could not be laid out as a PDF", e);
        }
    }
}
