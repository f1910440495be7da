package org.impexflow.account;

/** A person confirmed their authenticator app with a first code. */
public record SecondFactorEnrolled(String userId) {
}
