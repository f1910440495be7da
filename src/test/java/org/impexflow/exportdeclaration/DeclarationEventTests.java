package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A line of a declaration's timeline reads its kind and status typed, through the kernel's TypedCaseEvent. */
class DeclarationEventTests {

    @Test
    void kindAndStatusAreReadAsTheProcedureEnums() {
        DeclarationEvent filed = new DeclarationEvent().of(7L, DeclarationEventKind.FILED, DeclarationStatus.FILED,
                Instant.parse("2026-12-01T09:00:00Z"), "d@labo.fr", "x".repeat(5000));
        assertThat(filed.getKind()).isEqualTo(DeclarationEventKind.FILED);
        assertThat(filed.getStatus()).isEqualTo(DeclarationStatus.FILED);
        assertThat(filed.getCaseId()).isEqualTo(7L);
        assertThat(filed.getDetail()).hasSize(org.impexflow.casefile.CaseEvent.MAX_DETAIL);

        DeclarationEvent note = new DeclarationEvent().of(7L, DeclarationEventKind.ACKNOWLEDGEMENT_SENT, null,
                Instant.parse("2026-12-01T09:01:00Z"), "impexflow", null);
        assertThat(note.getKind()).isEqualTo(DeclarationEventKind.ACKNOWLEDGEMENT_SENT);
        assertThat(note.getStatus()).isNull();
    }
}
