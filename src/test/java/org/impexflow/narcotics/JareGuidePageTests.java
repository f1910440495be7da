package org.impexflow.narcotics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The operators' guide to the JARE workbook ({@code /stupefiants/guide}): built from the reader's layout and
 * kinds of finding, each with its explanation and how to fix it in French and English; for the operators'
 * accounts and ANSM.
 */
@ImpexflowSpringTest
class JareGuidePageTests {

    private static final String GUIDE = "/stupefiants/guide";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    NarcoticsOperators operators;

    @Test
    void everyKindOfFindingTheReaderReportsHasWhatItIsAndHowToFixItInFrenchAndEnglish() throws IOException {
        for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
            Properties messages = messages(bundle);
            List<String> missing = new ArrayList<>();
            for (Finding.Kind kind : Finding.Kind.values()) {
                for (String key : List.of("jareGuide.finding." + kind, "jareGuide.fix." + kind)) {
                    if (messages.getProperty(key, "").isBlank()) {
                        missing.add(key);
                    }
                }
            }
            for (JareGuide.Sheet sheet : JareGuide.sheets()) {
                if (messages.getProperty("jareGuide.sheet." + sheet.key(), "").isBlank()) {
                    missing.add("jareGuide.sheet." + sheet.key());
                }
                sheet.columns().stream().map(c -> "jareGuide.column." + c.key())
                        .filter(key -> messages.getProperty(key, "").isBlank()).forEach(missing::add);
            }
            assertThat(missing).as("texts of the guide missing from %s", bundle).isEmpty();
        }
    }

    @Test
    void theGuideListsEverySheetColumnAndCheckOfTheReaderInFrench() {
        WebSession operator = TestAccounts.loggedIn(port, operatorAccount("Laboratoire Guide JARE"));

        WebSession.Page page = operator.get(GUIDE);

        assertThat(page.status()).isEqualTo(200);
        String body = HtmlUtils.htmlUnescape(page.body());
        assertThat(body).contains("Guide du fichier JARE", "Comment corriger", "µg (1)", "kg (0.000001)",
                "au plus 5 Mo", "10 000 lignes").doesNotContain("??");
        for (String sheet : JareLayout.SHEETS) {
            assertThat(body).contains("<h3>" + sheet + "</h3>");
        }
        for (String sheet : List.of(JareLayout.SUBSTANCES, JareLayout.PREPARATIONS, JareLayout.MANUFACTURE)) {
            JareLayout.columns(sheet).forEach(header -> assertThat(body).contains("<td>" + header + "</td>"));
        }
        for (Finding.Kind kind : Finding.Kind.values()) {
            assertThat(body).contains("data-kind=\"" + kind + "\"");
        }
        assertThat(body).contains("Remettez la ligne (copiez-la du fichier pré-rempli) et déclarez-la à 0",
                "Bloquant ou avertissement", "Lettre d'accompagnement signée par le pharmacien responsable",
                "<td>Bloquant</td>", "<td>Avertissement</td>");
    }

    @Test
    void theGuideReadsInEnglishAndAnsmReadsItTooButNotAnEstablishmentWithoutNarcotics() {
        WebSession operator = TestAccounts.loggedIn(port, operatorAccount("Laboratoire Guide JARE anglais"));

        String english = HtmlUtils.htmlUnescape(operator.get(GUIDE + "?lang=en").body());

        assertThat(english).contains("Guide to the JARE workbook", "How to fix it", "Blocking or warning",
                "Put the row back (copy it from the prefilled workbook) and declare it at 0",
                "Cover letter signed by the responsible pharmacist", "<td>Blocking</td>", "<td>Warning</td>")
                .doesNotContain("??", "Comment corriger", "<td>Bloquant</td>");

        WebSession narcotics = TestAccounts.loggedIn(port, accounts, "guide-narcotics", Groups.NARCOTICS);
        assertThat(narcotics.get(GUIDE).status()).isEqualTo(200);
        WebSession outsider = TestAccounts.loggedIn(port, TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire sans stupéfiants (guide)")));
        assertThat(outsider.get(GUIDE).status()).isEqualTo(403);
    }

    private String operatorAccount(String name) {
        Establishment operator = TestEstablishments.create(establishments, name);
        operators.register(operator.getId(), LocalDate.of(2020, 1, 1));
        return TestAccounts.declarant(accounts, establishments, operator);
    }

    private static Properties messages(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = JareGuidePageTests.class.getResourceAsStream(bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
