package org.impexflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.TestAccounts.PASSWORD;
import static org.impexflow.support.TestAccounts.SECRET;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.impexflow.account.Accounts;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Membership;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 19: the countries' page of ANSM's administrators of reference data. The periods these tests add
 * are in 1900-1910, where no decision of the other tests looks.
 */
@ImpexflowSpringTest
class CountriesAdministrationPageTests {

    static final String PAGE = "/ansm/referentiel/pays";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Countries countries;
    @Autowired
    ReferenceChanges changes;

    @Test
    void onlyReferenceAdministratorsAndCamundaAdminOpenThePage() {
        assertThat(browser().get(PAGE).redirectsTo("/login")).as("anonymous").isTrue();
        for (String group : new String[] {"declarants", "ansm-reviewers", "ansm-support", "ansm-narcotics",
            "process-analysts"}) {
            WebSession session = browser();
            session.logIn(TestAccounts.person(accounts, "someone", group), PASSWORD, SECRET);
            WebSession.Page refused = session.get(PAGE);
            assertThat(refused.status()).as(group).isEqualTo(403);
            assertThat(refused.body()).as("our error page").contains("impexflow").doesNotContain("Whitelabel");
            assertThat(session.get(PAGE + ".csv").status()).as(group).isEqualTo(403);
            assertThat(session.get("/verification").body()).as("the header offers no link to it").doesNotContain(
                    "href=\"/ansm/referentiel");
        }
        assertThat(administrator().get(PAGE).status()).isEqualTo(200);
        WebSession camundaAdmin = browser();
        camundaAdmin.logIn(TestAccounts.person(accounts, "admin", "camunda-admin"), PASSWORD, SECRET);
        assertThat(camundaAdmin.get(PAGE).status()).isEqualTo(200);
        assertThat(camundaAdmin.get(ReferenceListPageTests.ROOT).body()).as("the index links to it")
                .contains("href=\"" + PAGE + "\"", "Pays et appartenances");
    }

    @Test
    void searchByCodeOrNameAccentsAndCaseIgnoredInFrenchAndEnglish() {
        WebSession admin = administrator();
        String croatia = admin.get(PAGE + "?q=croatie").body();
        assertThat(croatia).contains("HR – Croatie", "Espace Schengen", "2023-01-01", "Union européenne",
                "2013-07-01").doesNotContain("BJ – Bénin");
        assertThat(admin.get(PAGE + "?q=BENIN").body()).contains("BJ – Bénin", "Aucune appartenance")
                .doesNotContain("HR – Croatie");
        assertThat(admin.get(PAGE + "?q=hr").body()).contains("HR – Croatie").doesNotContain("BH – Bahreïn");
        assertThat(admin.get(PAGE + "?q=ad").body()).as("a code finds its country alone").contains("AD – Andorre")
                .doesNotContain("CA – Canada");
        assertThat(admin.get(PAGE + "?q=ada").body()).contains("CA – Canada", "GD – Grenade");
        assertThat(admin.get(PAGE + "?q=croatia&lang=en").body()).contains("Countries and memberships",
                "HR – Croatia", "Schengen area", "in force");
    }

    @Test
    void aPeriodAddedWithItsReasonIsStoredAndLoggedWithWhoWhenBeforeAfterWhy() {
        String who = TestAccounts.person(accounts, "referentiel", "ansm-admins");
        WebSession admin = browser();
        admin.logIn(who, PASSWORD, SECRET);
        WebSession.Page added = admin.submit(PAGE, PAGE + "/periodes", form("JP", "SCHENGEN", "1900-01-01",
                "1900-02-01", "Texte d'essai", "Essai de l'administration"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(countries.isMember("JP", Membership.SCHENGEN, java.time.LocalDate.of(1900, 1, 15))).isTrue();
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("country_membership", "JP SCHENGEN 1900-01-01"))
                .singleElement().satisfies(change -> {
                    assertThat(change.getChangedBy()).isEqualTo(who);
                    assertThat(change.getChangedAt()).isNotNull();
                    assertThat(change.getBeforeValue()).isNull();
                    assertThat(change.getAfterValue()).isEqualTo("JP SCHENGEN 1900-01-01 → 1900-02-01 : Texte d'essai");
                    assertThat(change.getReason()).isEqualTo("Essai de l'administration");
                });
        assertThat(admin.get(PAGE + "?q=JP").body()).contains("Période ajoutée.", "JP SCHENGEN 1900-01-01",
                "Essai de l&#39;administration", who);

        WebSession.Page ended = admin.submit(PAGE, PAGE + "/fin", Map.of("countryCode", "JP", "kind", "SCHENGEN",
                "validFrom", "1900-01-01", "validUntil", "1900-01-10", "reason", "Fin avancée"));
        assertThat(ended.status()).isEqualTo(302);
        assertThat(countries.isMember("JP", Membership.SCHENGEN, java.time.LocalDate.of(1900, 1, 15))).isFalse();
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("country_membership", "JP SCHENGEN 1900-01-01"))
                .hasSize(2).last().satisfies(change -> {
                    assertThat(change.getBeforeValue()).isEqualTo("JP SCHENGEN 1900-01-01 → 1900-02-01 : Texte d'essai");
                    assertThat(change.getAfterValue()).isEqualTo("JP SCHENGEN 1900-01-01 → 1900-01-10 : Texte d'essai");
                    assertThat(change.getReason()).isEqualTo("Fin avancée");
                });
    }

    @Test
    void eachRefusalNamesItsFieldAndStoresNothing() {
        WebSession admin = administrator();
        admin.submit(PAGE, PAGE + "/periodes", form("KR", "EU", "1900-01-01", "1901-01-01", "Texte", "Base"));
        long before = changes.findTop30BySubjectOrderByChangedAtDescIdDesc("country_membership").size();

        assertRefused(admin, form("KR", "SCHENGEN", "1900-01-01", "", "Texte", " "), "reason-error",
                "Motif du changement : obligatoire.");
        assertRefused(admin, form("KR", "SCHENGEN", "1900-05-01", "1900-04-01", "Texte", "Motif"),
                "validUntil-error", "Date de fin : elle doit être après la date de début.");
        assertRefused(admin, form("KR", "EU", "1900-06-01", "", "Texte", "Motif"), "validFrom-error",
                "Période qui chevauche une autre du même pays et de la même appartenance : KR EU 1900-01-01");
        assertRefused(admin, form("ZZ", "EU", "1900-06-01", "", "Texte", "Motif"), "countryCode-error",
                "Code du pays : ZZ n&#39;est pas un pays connu.");
        assertRefused(admin, form("KR", "NATO", "1900-06-01", "", "Texte", "Motif"), "kind-error",
                "Appartenance : inconnue");
        assertRefused(admin, form("KR", "SCHENGEN", "1er janvier", "", "Texte", "Motif"), "validFrom-error",
                "Date invalide : 1er janvier");
        assertRefused(admin, form("KR", "SCHENGEN", "1900-06-01", "", "", "Motif"), "source-error",
                "Texte d&#39;origine : obligatoire.");
        assertThat(countries.isMember("KR", Membership.SCHENGEN, java.time.LocalDate.of(1900, 6, 2))).isFalse();

        WebSession.Page endWithoutReason = admin.submit(PAGE, PAGE + "/fin", Map.of("countryCode", "KR", "kind", "EU",
                "validFrom", "1900-01-01", "validUntil", "1900-03-01", "reason", ""));
        assertThat(endWithoutReason.status()).isEqualTo(400);
        assertThat(endWithoutReason.body()).contains("id=\"end-reason-error\"", "Motif du changement : obligatoire.");
        WebSession.Page endBeforeStart = admin.submit(PAGE, PAGE + "/fin", Map.of("countryCode", "KR", "kind", "EU",
                "validFrom", "1900-01-01", "validUntil", "1899-03-01", "reason", "Motif"));
        assertThat(endBeforeStart.body()).contains("id=\"end-validUntil-error\"");
        WebSession.Page noSuchPeriod = admin.submit(PAGE, PAGE + "/fin", Map.of("countryCode", "KR", "kind", "EU",
                "validFrom", "1900-01-02", "validUntil", "1900-03-01", "reason", "Motif"));
        assertThat(noSuchPeriod.body()).contains("id=\"period-error\"");
        assertThat(countries.isMember("KR", Membership.EU, java.time.LocalDate.of(1900, 12, 31))).isTrue();
        assertThat(changes.findTop30BySubjectOrderByChangedAtDescIdDesc("country_membership")).as("nothing logged")
                .hasSize((int) before);
    }

    @Test
    void nobodyCanChangeOrDeleteTheAuditLogThroughTheApplication() {
        assertThat(Arrays.stream(ReferenceChanges.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("save", "findTop30BySubjectOrderByChangedAtDescIdDesc",
                        "findBySubjectAndSubjectKeyOrderByIdAsc");
        assertThat(ReferenceChanges.class.getInterfaces()).containsExactly(org.springframework.data.repository.Repository.class);
        assertThat(ReferenceChange.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
        assertThat(Arrays.stream(ReferenceChange.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        WebSession admin = administrator();
        String page = admin.get(PAGE).body();
        assertThat(page).as("the page's forms").containsOnlyOnce("action=\"/ansm/referentiel/pays/periodes\"")
                .containsOnlyOnce("action=\"/ansm/referentiel/pays/fin\"")
                .containsOnlyOnce("action=\"/ansm/referentiel/pays/import\"");
        assertThat(page.split("method=\"post\"", -1)).as("three forms and the logout").hasSize(5);
        for (String method : new String[] {"DELETE", "PUT", "PATCH"}) {
            assertThat(admin.request(method, PAGE, Map.of()).status()).as(method).isIn(403, 405);
        }
    }

    private void assertRefused(WebSession admin, Map<String, String> form, String errorId, String message) {
        WebSession.Page refused = admin.submit(PAGE, PAGE + "/periodes", form);
        assertThat(refused.status()).as(errorId).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"" + errorId + "\"", message, "id=\"add-refused\"");
    }

    static Map<String, String> form(String country, String kind, String from, String until, String source,
            String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("countryCode", country);
        form.put("kind", kind);
        form.put("validFrom", from);
        form.put("validUntil", until);
        form.put("source", source);
        form.put("reason", reason);
        return form;
    }

    private WebSession administrator() {
        WebSession session = browser();
        session.logIn(TestAccounts.person(accounts, "referentiel", "ansm-admins"), PASSWORD, SECRET);
        return session;
    }

    private WebSession browser() {
        return new WebSession("http://127.0.0.1:" + port);
    }
}
