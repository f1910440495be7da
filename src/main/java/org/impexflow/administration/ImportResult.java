package org.impexflow.administration;

import java.util.List;

/** What a CSV load did: the refusals (nothing stored), or how many lines changed a row and how many were already so. */
public record ImportResult(List<String> refusals, int applied, int unchanged) {

    public boolean refused() {
        return !refusals.isEmpty();
    }
}
