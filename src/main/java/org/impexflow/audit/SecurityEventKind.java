package org.impexflow.audit;

import org.impexflow.reference.Labelled;

/**
 * What happened to an account or an establishment; the label is the one the log page shows
 * ({@code securityEvent.<NAME>} in messages*.properties).
 */
public enum SecurityEventKind implements Labelled {
    LOGIN_FAILED,
    SECOND_FACTOR_FAILED,
    LOGIN_SLOWED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    SECOND_FACTOR_RESET,
    ACCOUNT_DEACTIVATED,
    MEMBERSHIP_REQUESTED,
    MEMBERSHIP_APPROVED,
    MEMBERSHIP_REFUSED,
    MEMBER_ADDED,
    MEMBER_REMOVED,
    MANAGER_NAMED,
    MANAGER_REVOKED,
    ROLE_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_INFORMATION_CHANGED,
    NARCOTICS_MANAGER_REQUESTED,
    NARCOTICS_MANAGER_APPROVED,
    NARCOTICS_MANAGER_REFUSED,
    PERSONAL_DATA_CORRECTION_REQUESTED;

    @Override
    public String labelPrefix() {
        return "securityEvent";
    }
}
