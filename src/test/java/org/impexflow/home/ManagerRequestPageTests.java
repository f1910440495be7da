package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.account.Accounts;
import org.impexflow.audit.SecurityEvent;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.narcotics.ManagerRequestProcess;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The annual-declaration page's "Demander le profil Gestionnaire": shown to an account of an operator
 * that is not a Manager, not to a Manager; an account of an establishment that is no operator cannot ask;
 * one pending request per account and operator.
 */
@ImpexflowSpringTest
class ManagerRequestPageTests {

    private static final String LIST = "/stupefiants/declarations";
    private static final String ASK = "/stupefiants/declarations/gestionnaire";

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
    SecurityEvents securityEvents;

    private Establishment operator;
    private String preparer;
    private String manager;

    @BeforeEach
    void anOperatorWithAManagerAndAPreparer() {
        operator = TestEstablishments.create(establishments, "Laboratoire Codéine");
        operators.register(operator.getId(), LocalDate.of(2020, 1, 1));
        preparer = TestAccounts.declarant(accounts, establishments, operator);
        manager = TestAccounts.declarant(accounts, establishments, operator);
        operators.addManager(operator.getId(), manager);
    }

    @Test
    void aMemberWhoIsNotManagerAsksOnceAndTheRequestWaits() {
        WebSession session = login(preparer);
        String page = session.get(LIST).body();
        assertThat(page).contains("id=\"ask-manager\"", "Demander le profil Gestionnaire", "name=\"managerRequestReason\"");

        WebSession.Page sent = session.submit(LIST, ASK, Map.of("managerRequestReason",
                "Pharmacien responsable intérimaire"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).contains(LIST);
        String after = session.get(LIST).body();
        assertThat(after).contains("id=\"manager-request-sent\"").doesNotContain("id=\"ask-manager\"");
        assertThat(session.get(LIST).body()).contains("id=\"manager-request-pending\"",
                "attend la décision de l&#39;ANSM");
        assertThat(requests()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ManagerRequestProcess.KEY)
                .processInstanceBusinessKey("GESTIONNAIRE-" + operator.getId() + ":" + preparer).count()).isEqualTo(1);
        assertThat(securityEvents.about(preparer)).extracting(SecurityEvent::getKind)
                .contains(SecurityEventKind.NARCOTICS_MANAGER_REQUESTED);

        // a second request (a form kept open in another tab) is refused with its message
        WebSession.Page again = session.submit(LIST, ASK, Map.of("managerRequestReason", "Encore"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"manager-request-error\"", "déjà en attente");
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void aRequestWithoutReasonIsRefusedNamingTheField() {
        WebSession session = login(preparer);
        WebSession.Page refused = session.submit(LIST, ASK, Map.of("managerRequestReason", "  "));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"managerRequestReason-error\"", "obligatoire");
        assertThat(requests()).isZero();
    }

    @Test
    void aManagerSeesNoButton() {
        String page = login(manager).get(LIST).body();
        assertThat(page).doesNotContain("id=\"ask-manager\"", "id=\"manager-request\"");
        WebSession.Page refused = login(manager).submit(LIST, ASK, Map.of("managerRequestReason", "x"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("déjà le profil Gestionnaire");
        assertThat(requests()).isZero();
    }

    @Test
    void anAccountOfAnEstablishmentThatIsNoOperatorNeitherSeesNorAsks() {
        Establishment other = TestEstablishments.create(establishments, "Laboratoire sans stupéfiants");
        WebSession outsider = login(TestAccounts.declarant(accounts, establishments, other));
        WebSession.Page page = outsider.get(LIST);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("id=\"ask-manager\"");
        WebSession.Page refused = outsider.submit("/mes-declarations", ASK, Map.of("managerRequestReason", "x"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(requests()).isZero();
    }

    @Test
    void theEnglishPageOffersTheRequestToo() {
        WebSession session = login(preparer);
        assertThat(session.get(LIST + "?lang=en").body()).contains("Ask for the Manager profile");
    }

    private long requests() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ManagerRequestProcess.KEY)
                .processInstanceBusinessKeyLike("GESTIONNAIRE-" + operator.getId() + ":%").count();
    }

    private WebSession login(String account) {
        WebSession session = new WebSession("http://127.0.0.1:" + port);
        session.logIn(account, TestAccounts.PASSWORD, TestAccounts.SECRET);
        return session;
    }
}
