package org.impexflow.account;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link PasswordPolicy#check}: the rules the password breaks, in the order of
 * {@link PasswordPolicy#RULES}, and its zxcvbn strength (0 to 4) with a French label for the
 * strength indicator. Neither the failures nor the label ever contain the password.
 */
public record PasswordCheck(List<Failure> failures, int strengthScore, String strengthLabel) {

    public PasswordCheck {
        failures = List.copyOf(failures);
        Objects.requireNonNull(strengthLabel, "strengthLabel");
    }

    public boolean isValid() {
        return failures.isEmpty();
    }

    /**
     * A broken rule.
     *
     * @param rule one of LENGTH, UPPER_AND_LOWER_CASE, FORBIDDEN_WORD, PERSONAL_INFORMATION,
     *             COMMON_WORD, COMMON_SEQUENCE (the keys of {@link PasswordPolicy#RULES})
     * @param message what the rule asks for, in French, for the user
     */
    public record Failure(String rule, String message) {}
}
