package io.liaison.organisation;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "organisation")
public class Organisation extends TrackedEntity {

    @Id
    @GeneratedValue
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrganisationKind kind;

    @Column(name = "gss_code")
    private String gssCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "governance_model")
    private GovernanceModel governanceModel;

    @Column(name = "political_control")
    private String politicalControl;

    private String website;

    @Column(nullable = false, updatable = false)
    private boolean reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordStatus status = RecordStatus.ACTIVE;

    protected Organisation() {}

    public Organisation(String code, String name, OrganisationKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getGssCode() {
        return gssCode;
    }

    public void setGssCode(String gssCode) {
        this.gssCode = gssCode;
    }

    public GovernanceModel getGovernanceModel() {
        return governanceModel;
    }

    public void setGovernanceModel(GovernanceModel governanceModel) {
        this.governanceModel = governanceModel;
    }

    public String getPoliticalControl() {
        return politicalControl;
    }

    public void setPoliticalControl(String politicalControl) {
        this.politicalControl = politicalControl;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isReference() {
        return reference;
    }

    public RecordStatus getStatus() {
        return status;
    }

    public void setStatus(RecordStatus status) {
        this.status = status;
    }

    public boolean hasDirectlyElectedMayor() {
        return governanceModel == GovernanceModel.DIRECTLY_ELECTED_MAYOR;
    }
}
