package org.impexflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineIdentityTests {

    private final IdentityService identity = new IdentityServiceImpl();

    @AfterEach
    void clear() {
        identity.clearAuthentication();
    }

    @Test
    void theWorkRunsAsThePersonAndTheCallerIsPutBackAfterIt() {
        identity.setAuthentication("reviewer@ansm.example", List.of("ansm-reviewers"));

        String seen = EngineIdentity.as(identity, "declarant@labo.example", List.of("establishment-1"),
                () -> describe(identity.getCurrentAuthentication()));

        assertThat(seen).isEqualTo("declarant@labo.example [establishment-1]");
        assertThat(describe(identity.getCurrentAuthentication())).isEqualTo("reviewer@ansm.example [ansm-reviewers]");
    }

    @Test
    void withNobodyBeforeNobodyIsLeftAfter() {
        EngineIdentity.as(identity, "declarant@labo.example", List.of(), () -> null);

        assertThat(identity.getCurrentAuthentication()).isNull();
    }

    @Test
    void theApplicationActsWithNobodyAuthenticatedAndTheCallerIsPutBack() {
        identity.setAuthentication("agent@ansm.example", List.of("ansm-support"));

        Authentication during = EngineIdentity.asApplication(identity, identity::getCurrentAuthentication);

        assertThat(during).isNull();
        assertThat(describe(identity.getCurrentAuthentication())).isEqualTo("agent@ansm.example [ansm-support]");
    }

    @Test
    void aFailingWorkStillPutsTheCallerBack() {
        identity.setAuthentication("reviewer@ansm.example", List.of("ansm-reviewers"));

        assertThatThrownBy(() -> EngineIdentity.as(identity, "declarant@labo.example", List.of(), () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(describe(identity.getCurrentAuthentication())).isEqualTo("reviewer@ansm.example [ansm-reviewers]");
    }

    private static String describe(Authentication authentication) {
        return authentication.getUserId() + " " + authentication.getGroupIds();
    }
}
