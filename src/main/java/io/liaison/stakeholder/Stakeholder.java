package io.liaison.stakeholder;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.persistence.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A person the office engages. Posts come through tenures (post package); archived, never deleted. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends TrackedEntity {

    @Id
    @GeneratedValue
    private UUID id;

    private String honorific;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    private String party;

    private String email;

    private String phone;

    @Column(name = "private_office_contact")
    private String privateOfficeContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority = Priority.MEDIUM;

    private Short influence;

    private Short interest;

    @Column(name = "term_end_date")
    private LocalDate termEndDate;

    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordStatus status = RecordStatus.ACTIVE;

    @ElementCollection
    @CollectionTable(name = "stakeholder_policy_interest", joinColumns = @JoinColumn(name = "stakeholder_id"))
    @Column(name = "policy_area_code")
    private Set<String> policyInterests = new TreeSet<>();

    public UUID getId() {
        return id;
    }

    public String getHonorific() {
        return honorific;
    }

    public void setHonorific(String honorific) {
        this.honorific = honorific;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** "Cllr Jane Doe": how the office writes the name. */
    public String getDisplayName() {
        return displayName(honorific, firstName, lastName);
    }

    /** "Cllr Sam Example", or "Sam Example" without an honorific. */
    public static String displayName(String honorific, String firstName, String lastName) {
        String name = firstName + " " + lastName;
        return honorific == null || honorific.isBlank() ? name : honorific + " " + name;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPrivateOfficeContact() {
        return privateOfficeContact;
    }

    public void setPrivateOfficeContact(String privateOfficeContact) {
        this.privateOfficeContact = privateOfficeContact;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Integer getInfluence() {
        return influence == null ? null : influence.intValue();
    }

    public void setInfluence(Integer influence) {
        this.influence = influence == null ? null : influence.shortValue();
    }

    public Integer getInterest() {
        return interest == null ? null : interest.intValue();
    }

    public void setInterest(Integer interest) {
        this.interest = interest == null ? null : interest.shortValue();
    }

    public LocalDate getTermEndDate() {
        return termEndDate;
    }

    public void setTermEndDate(LocalDate termEndDate) {
        this.termEndDate = termEndDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public RecordStatus getStatus() {
        return status;
    }

    public void setStatus(RecordStatus status) {
        this.status = status;
    }

    public Set<String> getPolicyInterests() {
        return policyInterests;
    }

    public void setPolicyInterests(Set<String> codes) {
        policyInterests.clear();
        policyInterests.addAll(codes);
    }
}
