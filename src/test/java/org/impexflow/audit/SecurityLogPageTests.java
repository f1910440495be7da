package org.impexflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.TestAccounts.PASSWORD;
import static org.impexflow.support.TestAccounts.SECRET;

import java.util.Map;
import java.util.UUID;

import org.impexflow.account.Accounts;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 16, point 13: the security log, for ANSM administrators only. */
@ImpexflowSpringTest
class SecurityLogPageTests {

    private static final String PAGE = "/ansm/journal-securite";
    private static final String UNLOCKED_ROW = "<td>Compte déverrouillé</td>";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    SecurityEvents events;

    @Test
    void onlyAdministratorsReadTheLogOthersGet403() {
        assertThat(browser().get(PAGE).redirectsTo("/login")).as("anonymous").isTrue();
        for (String group : new String[] {"declarants", "ansm-reviewers", "ansm-support", "process-analysts"}) {
            WebSession session = browser();
            session.logIn(TestAccounts.person(accounts, "someone", group), PASSWORD, SECRET);
            assertThat(session.get(PAGE).status()).as(group).isEqualTo(403);
        }
        WebSession halfway = browser();
        halfway.submit("/login", "/login", Map.of("username", TestAccounts.person(accounts, "admin", "camunda-admin"),
                "password", PASSWORD));
        assertThat(halfway.get(PAGE).status()).as("an administrator's password alone").isEqualTo(403);
        assertThat(administrator().get(PAGE).status()).isEqualTo(200);
    }

    @Test
    void newestFirstFilteredByAccountAndKindAcrossPages() {
        String subject = "target." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        for (int i = 1; i <= SecurityLogController.PAGE_SIZE + 1; i++) {
            events.recordFrom("203.0.113.9", SecurityEventKind.LOGIN_FAILED, SecurityEvents.ANONYMOUS, subject,
                    "essai n° " + i);
        }
        events.recordFrom("198.51.100.7", SecurityEventKind.ACCOUNT_UNLOCKED, "agent@ansm.example", subject,
                "support : appel du titulaire");
        WebSession admin = administrator();

        String first = admin.get(PAGE + "?compte=" + subject).body();
        assertThat(first).contains("Journal de sécurité", "Page 1 sur 2", "agent@ansm.example", "198.51.100.7",
                UNLOCKED_ROW);
        assertThat(first.indexOf(UNLOCKED_ROW)).as("newest first")
                .isLessThan(first.indexOf("essai n° " + (SecurityLogController.PAGE_SIZE + 1)));
        assertThat(first).doesNotContain("essai n° 1<");
        assertThat(admin.get(PAGE + "?compte=" + subject + "&page=2").body()).contains("essai n° 1<", "203.0.113.9")
                .doesNotContain(UNLOCKED_ROW);

        String unlocked = admin.get(PAGE + "?compte=" + subject + "&type=ACCOUNT_UNLOCKED").body();
        assertThat(unlocked).contains("appel du titulaire").doesNotContain("essai n°");
        assertThat(admin.get(PAGE + "?compte=agent@ansm.example").body()).as("an account as the one who acted")
                .contains(subject);
        assertThat(admin.get(PAGE + "?compte=" + subject + "&lang=en").body()).contains("Security log",
                "<td>Account unlocked</td>", "<td>Failed login (password)</td>", "Page 1 of 2");
    }

    @Test
    void aPageOrAKindThatDoesNotExistAnswers400() {
        WebSession admin = administrator();
        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        assertThat(admin.get(PAGE + "?compte=" + nobody).body()).contains("Aucun événement.");
        assertThat(admin.get(PAGE + "?compte=" + nobody + "&page=2").status()).isEqualTo(400);
        assertThat(admin.get(PAGE + "?page=0").status()).isEqualTo(400);
        assertThat(admin.get(PAGE + "?page=99999999").status()).isEqualTo(400);
        assertThat(admin.get(PAGE + "?page=deux").status()).isEqualTo(400);
        assertThat(admin.get(PAGE + "?type=NOPE").status()).isEqualTo(400);
    }

    @Test
    void groupChangesMadeInCamundaAdminAreLoggedWithTheAdministratorAndTheAddress() {
        String admin = TestAccounts.person(accounts, "admin", "camunda-admin");
        WebSession session = browser();
        session.logIn(admin, PASSWORD, SECRET);
        String member = TestAccounts.person(accounts, "promoted", "declarants");
        String members = "/camunda/api/engine/engine/default/group/ansm-reviewers/members/" + member;
        assertThat(session.webapp("PUT", members, null).status()).isEqualTo(204);
        assertThat(session.webapp("DELETE", members, null).status()).isEqualTo(204);

        assertThat(events.about(member)).filteredOn(e -> e.getKind() == SecurityEventKind.ROLE_CHANGED)
                .extracting(SecurityEvent::getDetail).satisfiesExactly(
                        added -> assertThat(added).startsWith("ajouté au groupe ansm-reviewers"),
                        removed -> assertThat(removed).startsWith("retiré du groupe ansm-reviewers"));
        assertThat(events.about(member)).filteredOn(e -> e.getKind() == SecurityEventKind.ROLE_CHANGED)
                .allSatisfy(e -> {
                    assertThat(e.getActor()).isEqualTo(admin);
                    assertThat(e.getSource()).isEqualTo("127.0.0.1");
                });
        assertThat(session.get(PAGE + "?compte=" + member + "&type=ROLE_CHANGED").body())
                .contains("retiré du groupe ansm-reviewers", "ajouté au groupe ansm-reviewers");
    }

    private WebSession administrator() {
        WebSession session = browser();
        session.logIn(TestAccounts.person(accounts, "admin", "camunda-admin"), PASSWORD, SECRET);
        return session;
    }

    private WebSession browser() {
        return new WebSession("http://127.0.0.1:" + port);
    }
}
