package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.account.Accounts;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.importauthorisation.AuthorisationRegister;
import org.impexflow.importauthorisation.ImportAuthorisation;
import org.impexflow.narcotics.AnnualDeclaration;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.travellers.TransportAttestation;
import org.impexflow.travellers.TransportAttestations;
import org.impexflow.verification.VerifiableDocument;
import org.impexflow.verification.VerifiableDocument.State;
import org.impexflow.verification.VerificationCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public verification page answers for every kind of document through one path, the register: the
 * number, the decision's date and the state are the register's, whatever the kind; a procedure adds only
 * its own lines (title, medicine, country, last day of validity).
 */
@ImpexflowSpringTest
class CaseVerificationTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    DeclarationRegister declarations;
    @Autowired
    AuthorisationRegister authorisations;
    @Autowired
    TransportAttestations attestations;
    @Autowired
    VerificationCodes codes;
    @Autowired
    CaseVerification page;
    @Autowired
    CaseKinds kinds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyKindOfDecisionAnswersFromTheRegisterAndFollowsItWhenAVersionReplacesIt() {
        List<CaseFile> decided = List.of(export(), authorisation(), attestation());
        // a later decision of the same kind, as the register would record the version that replaces one
        Map<String, CaseFile> later = Map.of(ExportDeclaration.KIND, export(), ImportAuthorisation.KIND,
                authorisation(), TransportAttestation.KIND, attestation());

        assertThat(page.kinds()).as("every kind of the register has its lines, but the annual declaration")
                .containsExactlyInAnyOrderElementsOf(kinds.kinds().stream()
                        .filter(kind -> !AnnualDeclaration.KIND.equals(kind)).toList());
        assertThat(decided).extracting(CaseFile::getKind).containsExactlyInAnyOrderElementsOf(page.kinds());

        Map<String, String> titles = Map.of(ExportDeclaration.KIND, "Déclaration d'exportation initiale (DEI)",
                ImportAuthorisation.KIND, "Autorisation d'importation",
                TransportAttestation.KIND, "Attestation de transport de médicaments stupéfiants");
        for (CaseFile decision : decided) {
            String code = codes.issue(decision.getKind(), decision.getId());
            VerifiableDocument shown = codes.verify(code).orElseThrow().document();
            assertThat(shown.number()).as(decision.getKind()).isEqualTo(decision.getNumber());
            assertThat(shown.title()).as(decision.getKind()).startsWith(titles.get(decision.getKind()));
            assertThat(shown.decidedOn()).as(decision.getKind())
                    .isEqualTo(decision.getDecidedAt().atZone(CaseNumbering.PARIS).toLocalDate());
            assertThat(shown.state()).as(decision.getKind()).isEqualTo(State.IN_FORCE);

            // the register records a later version: the page says so at once, whatever the kind
            CaseFile replacing = later.get(decision.getKind());
            jdbc.update("UPDATE case_file SET replaced_by_id = ?, in_force = FALSE WHERE id = ?", replacing.getId(),
                    decision.getId());
            VerifiableDocument replaced = codes.verify(code).orElseThrow().document();
            assertThat(replaced.state()).as(decision.getKind()).isEqualTo(State.REPLACED);
            assertThat(replaced.replacedBy()).as(decision.getKind()).isEqualTo(replacing.getNumber());
        }
    }

    private CaseFile export() {
        return declarations.byNumber(org.impexflow.support.DecidedCases.validatedDei(engine)).orElseThrow();
    }

    private CaseFile authorisation() {
        return authorisations.byNumber(org.impexflow.support.DecidedCases.grantedImport(engine)).orElseThrow();
    }

    private CaseFile attestation() {
        return org.impexflow.support.DecidedCases.issuedAttestation(engine, accounts, attestations);
    }

    @Test
    void aCodeIssuedUnderAnotherKindOrForAKindWithoutDocumentsIsNotFound() {
        ExportDeclaration export = declarations.byNumber(org.impexflow.support.DecidedCases.validatedDei(engine)).orElseThrow();
        assertThat(codes.verify(codes.issue(ImportAuthorisation.KIND, export.getId()))).isEmpty();
        assertThat(codes.verify(codes.issue(AnnualDeclaration.KIND, export.getId()))).isEmpty();
        assertThat(codes.verify(codes.issue(ExportDeclaration.KIND, export.getId()))).isPresent();
    }

    @Test
    void theRegisterSaysWhetherADecisionIsInForceEndedOrPastItsLastDay() {
        LocalDate today = LocalDate.of(2026, 6, 15);
        Case granted = new Case(Status.GRANTED);
        assertThat(CaseVerification.state(granted, null, today)).isEqualTo(State.IN_FORCE);
        assertThat(CaseVerification.state(granted, today, today)).as("valid through its last day")
                .isEqualTo(State.IN_FORCE);
        assertThat(CaseVerification.state(granted, today.minusDays(1), today)).isEqualTo(State.EXPIRED);
        assertThat(CaseVerification.state(new Case(Status.USED_UP), null, today)).isEqualTo(State.USED_UP);
        assertThat(CaseVerification.state(new Case(Status.EXPIRED), null, today)).isEqualTo(State.EXPIRED);
        assertThat(CaseVerification.state(new Case(Status.PROHIBITED), null, today)).isEqualTo(State.PROHIBITED);
        assertThat(CaseVerification.state(new Case(Status.REFUSED), null, today)).isEqualTo(State.NOT_IN_FORCE);
    }

    private enum Status {
        GRANTED, USED_UP, EXPIRED, PROHIBITED, REFUSED
    }

    /** A case decided in a status, in force when granted. */
    private static final class Case extends CaseFile {
        Case(Status status) {
            super("T-1", "T", 1L, "x@test.example", Status.GRANTED, Instant.now(), null, null);
            decide(status, Instant.now(), "reviewer", null, null, status == Status.GRANTED);
        }
    }
}
