package io.liaison.organisation.service;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.ListQueries;
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.organisation.Organisation;
import io.liaison.organisation.OrganisationKind;
import io.liaison.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class OrganisationService {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("name", "lower(o.name)");
        SORTS.put("code", "o.code");
        SORTS.put("kind", "o.kind");
        SORTS.put("gssCode", "o.gss_code");
        SORTS.put("createdAt", "o.created_at");
        SORTS.put("updatedAt", "o.updated_at");
    }

    private final OrganisationRepository organisations;
    private final ListQueries lists;
    private final SqlRunner sql;
    private final AppClock clock;

    private final AuditLog audit;

    OrganisationService(
            OrganisationRepository organisations, ListQueries lists, SqlRunner sql, AppClock clock, AuditLog audit) {
        this.sql = sql;
        this.audit = audit;
        this.organisations = organisations;
        this.lists = lists;
        this.clock = clock;
    }

    public PageResponse<OrganisationView> list(OrganisationKind kind, String q, PageParams params) {
        SqlFilter filter = new SqlFilter().standard(params, "o.status = 'ACTIVE'", "o.updated_at");
        if (kind != null) {
            filter.where("o.kind = :kind", "kind", kind.name());
        }
        if (q != null && !q.isBlank()) {
            filter.where(
                    "(lower(o.name) like :q or o.code like :q or lower(o.gss_code) like :q)",
                    "q",
                    SqlFilter.containsPattern(q));
        }
        String orderBy = SortOrder.toSql(params, SORTS, "name", "o.id", "o.updated_at");
        return lists.page(
                Organisation.class,
                "organisation o",
                "o",
                filter,
                orderBy,
                params,
                rows -> rows.stream().map(OrganisationView::from).toList());
    }

    public Organisation get(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Organisation", id));
    }

    @Transactional
    public Organisation create(NewOrganisation request) {
        if (request.kind().isReferenceOnly()) {
            throw ApiProblem.unprocessable(
                    "kind",
                    request.kind() + " organisations ship as reference data; only other kinds of body can be added");
        }
        String code = request.code() != null ? request.code() : codeFrom(request.name());
        Organisation organisation = new Organisation(code, request.name().trim(), request.kind());
        organisation.setGssCode(request.gssCode());
        organisation.setGovernanceModel(request.governanceModel());
        organisation.setPoliticalControl(request.politicalControl());
        organisation.setWebsite(request.website());
        organisation.touch(clock.now());
        organisations.persist(organisation);
        organisations.flush();
        audit.record(
                "organisation", organisation.getId(), AuditAction.CREATE, null, OrganisationView.from(organisation));
        return organisation;
    }

    @Transactional
    public Organisation update(UUID id, ExpectedVersion expected, OrganisationDetails request) {
        Organisation organisation = get(id);
        expected.requireCurrent(organisation.getVersion());
        OrganisationDetails before = OrganisationDetails.of(organisation);
        if (organisation.isReference()) {
            if (!organisation.getName().equals(request.name())) {
                throw ApiProblem.unprocessable("name", "is fixed for reference organisations");
            }
            if (!Objects.equals(organisation.getGssCode(), request.gssCode())) {
                throw ApiProblem.unprocessable("gssCode", "is fixed for reference organisations");
            }
            if (request.status() == RecordStatus.ARCHIVED) {
                throw ApiProblem.unprocessable("status", "reference organisations cannot be archived");
            }
        }
        organisation.setName(request.name().trim());
        organisation.setGssCode(request.gssCode());
        organisation.setGovernanceModel(request.governanceModel());
        organisation.setPoliticalControl(request.politicalControl());
        organisation.setWebsite(request.website());
        organisation.setStatus(request.status());
        organisation.touch(clock.now());
        organisations.flush();
        if (request.politicalControl() != null
                && !request.politicalControl().isBlank()
                && !request.politicalControl().equals(before.politicalControl())) {
            recordControl(id, request.politicalControl().trim());
        }
        audit.record("organisation", id, AuditAction.UPDATE, before, OrganisationDetails.of(organisation));
        return organisation;
    }

    /**
     * A change of political control made by hand joins the history election results keep
     * (organisation_political_control), dated today, so the history and the organisation never disagree.
     */
    private void recordControl(UUID organisationId, String control) {
        sql.withHandle(handle -> handle.createUpdate("""
                        insert into organisation_political_control (organisation_id, control, since, recorded_at)
                        values (:organisation, :control, :today, :now)
                        on conflict (organisation_id, since) do update
                            set control = excluded.control, recorded_at = excluded.recorded_at
                        """)
                .bind("organisation", organisationId)
                .bind("control", control)
                .bind("today", clock.today())
                .bind("now", clock.now())
                .execute());
    }

    static String codeFrom(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String code = ascii.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (code.length() < 2) {
            throw ApiProblem.invalid("code", "cannot be derived from the name; send one");
        }
        return code.length() > 60 ? code.substring(0, 60).replaceAll("-+$", "") : code;
    }
}
