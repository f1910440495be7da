package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.importauthorisation.ImportAuthorisationProcess;
import org.impexflow.narcotics.AnnualDeclarationProcess;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TravellerRequests;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.impexflow.travellers.TransportAttestation;
import org.impexflow.travellers.TransportAttestations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Mes déclarations" lists the establishment's cases of every kind from the register alone: export
 * declarations, import authorisations, annual declarations, and a kind the home page has no page of (a
 * transport attestation, given the establishment here as a new procedure's case would be), each with its
 * type, number and status label; its counters count each kind; another establishment sees none of them.
 */
@ImpexflowSpringTest
class HomeListsEveryKindTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    NarcoticsOperators operators;
    @Autowired
    TransportAttestations attestations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyKindOfCaseOfTheEstablishmentIsListedFromTheRegister() {
        Establishment here = TestEstablishments.create(establishments, "Laboratoire Toutes Procédures");
        String declarant = TestAccounts.declarant(accounts, establishments, here);
        String dei = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(), "establishmentSiret",
                here.getSiret(), "declarantEmail", declarant, "medicineName", "Toutes Procédures Export"))
                .getBusinessKey();
        ProcessInstance ai = Declarations.startAs(engine, declarant, ImportAuthorisationProcess.KEY,
                Declarations.with(Declarations.importRequest(), "establishmentSiret", here.getSiret(),
                        "declarantEmail", declarant, "medicineName", "Toutes Procédures Import"));
        operators.register(here.getId(), LocalDate.of(2020, 1, 1));
        engine.getRuntimeService().startProcessInstanceByKey(AnnualDeclarationProcess.KEY, Map.of(
                AnnualDeclarationProcess.Vars.OPERATOR_ID, here.getId(), AnnualDeclarationProcess.Vars.DECLARED_YEAR,
                2025));
        TransportAttestation other = attestations.request(TravellerRequests.form("Paul", "Durand", "voyageur.accueil@test.example"), "ordonnance.pdf",
                "%PDF-1.4 ordonnance".getBytes(StandardCharsets.UTF_8), Locale.FRENCH);
        jdbc.update("UPDATE case_file SET establishment_id = ? WHERE id = ?", here.getId(), other.getId());

        WebSession session = new WebSession(base());
        session.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        String page = session.get("/mes-declarations").body();

        assertThat(page).contains("data-kind=\"EXPORT_DECLARATION\"", "data-kind=\"IMPORT_AUTHORISATION\"",
                "data-kind=\"ANNUAL_DECLARATION\"", "data-kind=\"TRANSPORT_ATTESTATION\"", "Dossiers – total 4");
        assertThat(page).contains("href=\"/mes-declarations/" + dei + "\"",
                "href=\"/mes-declarations/autorisations-importation/" + ai.getBusinessKey() + "\"",
                "Toutes Procédures Export", "Toutes Procédures Import", "Déclaration annuelle des stupéfiants",
                other.getNumber(), ">AT<", ">AI<", ">DEI<", "Déposée", "À déclarer");
        java.util.regex.Matcher annual = java.util.regex.Pattern.compile(
                "<tr[^>]*data-kind=\"ANNUAL_DECLARATION\"[^>]*>(.*?)</tr>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertThat(annual.find()).isTrue();
        assertThat(annual.group(1)).as("not submitted yet: no filing date (its campaign's opening was shown)")
                .contains("<td>–</td>").doesNotContainPattern("\\d{2}/\\d{2}/\\d{4}")
                .as("the year it declares stands for its number, with the link to its page")
                .contains("href=\"/stupefiants/declarations/2025\">2025</a>");
        assertThat(page).contains("data-counter=\"filed-EXPORT_DECLARATION\">1<",
                "data-counter=\"filed-IMPORT_AUTHORISATION\">1<", "data-counter=\"filed-ANNUAL_DECLARATION\">1<",
                "data-counter=\"filed-TRANSPORT_ATTESTATION\">1<", "Attestation de transport : dossiers");
        assertThat(session.get("/mes-declarations?type=AT").body()).contains(other.getNumber(), "Dossiers – total 1")
                .doesNotContain("data-number=\"" + dei + "\"");
        assertThat(session.get("/mes-declarations?q=toutes%20procedures%20import").body())
                .contains(ai.getBusinessKey(), "Dossiers – total 1");

        WebSession neighbour = new WebSession(base());
        neighbour.logIn(TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire Voisin Toutes Procédures")), TestAccounts.PASSWORD,
                TestAccounts.SECRET);
        assertThat(neighbour.get("/mes-declarations").body()).doesNotContain("data-number=\"" + dei + "\"",
                ai.getBusinessKey(), other.getNumber(), "data-kind=");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
