package io.liaison.policyarea.service;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.ListQueries;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.time.AppClock;
import io.liaison.policyarea.PolicyArea;
import io.liaison.policyarea.PolicyAreaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

@ApplicationScoped
public class PolicyAreaService {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("name", "lower(p.name)");
        SORTS.put("code", "p.code");
        SORTS.put("updatedAt", "p.updated_at");
    }

    private final PolicyAreaRepository policyAreas;
    private final ListQueries lists;
    private final AppClock clock;

    private final AuditLog audit;

    PolicyAreaService(PolicyAreaRepository policyAreas, ListQueries lists, AppClock clock, AuditLog audit) {
        this.audit = audit;
        this.policyAreas = policyAreas;
        this.lists = lists;
        this.clock = clock;
    }

    public PageResponse<PolicyAreaView> list(PageParams params) {
        SqlFilter filter = new SqlFilter().standard(params, "p.status = 'ACTIVE'", "p.updated_at");
        String orderBy = SortOrder.toSql(params, SORTS, "name", "p.code", "p.updated_at");
        return lists.page(
                PolicyArea.class,
                "policy_area p",
                "p",
                filter,
                orderBy,
                params,
                rows -> rows.stream().map(PolicyAreaView::from).toList());
    }

    public PolicyArea get(String code) {
        return policyAreas.findByIdOptional(code).orElseThrow(() -> ApiProblem.notFound("Policy area", code));
    }

    @Transactional
    public PolicyArea create(NewPolicyArea request) {
        if (policyAreas.findByIdOptional(request.code()).isPresent()) {
            throw ApiProblem.conflict("code", "a policy area with code " + request.code() + " already exists");
        }
        PolicyArea area = new PolicyArea(request.code(), request.name().trim(), request.description());
        area.touch(clock.now());
        policyAreas.persist(area);
        policyAreas.flush();
        audit.record("policy-area", area.getCode(), AuditAction.CREATE, null, PolicyAreaView.from(area));
        return area;
    }
}
