package io.liaison.me.service;

/** What a caller's security role lets them do, as the rights table in docs/rights.md sets it out. */
public enum Permission {
    /** Read every record; OFFICIAL_SENSITIVE text only as its owners, attendees and ADMIN may. */
    READ,
    /** Write stakeholders, posts and tenures, ownership, plans, interactions and follow-ups; handle any alert. */
    WRITE_RECORDS,
    /** Log interactions with the stakeholders one owns, edit those one attends, close one's own follow-ups. */
    LOG_OWN_ENGAGEMENT,
    /** Acknowledge and snooze one's own alerts. */
    HANDLE_OWN_ALERTS,
    /** Reference data, organisations, policy areas, team members, API tokens, the audit log. */
    ADMINISTER
}
