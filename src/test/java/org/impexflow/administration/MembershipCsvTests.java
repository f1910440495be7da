package org.impexflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.TestAccounts.PASSWORD;
import static org.impexflow.support.TestAccounts.SECRET;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Issue 19: the memberships as CSV, exported and loaded all or nothing. Periods of 1900-1910 only, each
 * ended, so that no other test sharing the database sees them.
 */
@ImpexflowSpringTest
class MembershipCsvTests {

    static final String PAGE = CountriesAdministrationPageTests.PAGE;
    static final String HEADER = "country_code;kind;valid_from;valid_until;source\r\n";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Countries countries;
    @Autowired
    ReferenceChanges changes;

    @Test
    void theExportIsUtf8WithABomSemicolonsAndAHeaderAndQuotesTheSourcesThatNeedIt() {
        byte[] csv = administrator().download(PAGE + ".csv");
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith(HEADER).contains("\r\nHR;SCHENGEN;2023-01-01;;", "\r\nGB;EU;1973-01-01;2021-01-01;",
                "\r\nGP;EU;1958-01-01;;\"Traité de Rome, article 227, § 2 ; TFUE");
    }

    @Test
    void oneBadLineRefusesTheWholeFileNamingEachLineAndColumnAndStoresNothing() {
        long logged = changes.findTop30BySubjectOrderByChangedAtDescIdDesc("country_membership").size();
        String file = HEADER
                + "CA;EU;1901-01-01;1902-01-01;Texte bon\r\n"
                + "ZZ;EU;1901-01-01;;Texte\r\n"
                + "CA;SCHENGEN;1er/01/1901;;Texte\r\n"
                + "CA;NATO;1901-01-01;;Texte\r\n"
                + "CA;FRENCH_OVERSEAS_DEPARTMENT;1901-01-01;;\r\n"
                + "CA;EU;1901-06-01;1902-01-01;chevauche la ligne 2\r\n"
                + "CA;EU;1905-01-01;1904-01-01;fin avant le début\r\n"
                + "CA;EU;1906-01-01\r\n";
        WebSession.Page refused = upload(administrator(), file, "Reprise des données");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Fichier refusé : rien n&#39;a été enregistré.",
                "Ligne 3, colonne country_code : Code du pays : ZZ n&#39;est pas un pays connu.",
                "Ligne 4, colonne valid_from : Date invalide : 1er/01/1901",
                "Ligne 5, colonne kind : Appartenance : inconnue",
                "Ligne 6, colonne source : Texte d&#39;origine : obligatoire.",
                "Ligne 7, colonne valid_from : chevauche la période de la ligne 2.",
                "Ligne 8, colonne valid_until : Date de fin : elle doit être après la date de début.",
                "Ligne 9 : 5 colonnes séparées").doesNotContain("Ligne 2,");
        assertThat(countries.isMember("CA", Membership.EU, LocalDate.of(1901, 2, 1))).as("not even the good line")
                .isFalse();
        assertThat(changes.findTop30BySubjectOrderByChangedAtDescIdDesc("country_membership")).hasSize((int) logged);
    }

    @Test
    void aGoodFileAppliesEveryLineWithOneAuditEntryPerLineAndTheSameFileAgainChangesNothing() {
        WebSession admin = administrator();
        assertThat(upload(admin, HEADER + "MX;EU;1903-01-01;1904-01-01;Texte initial\r\n", "Premier chargement")
                .status()).isEqualTo(302);
        String file = HEADER
                + "MX;EU;1903-01-01;1903-06-01;\"Texte corrigé ; avec un point-virgule et des \"\"guillemets\"\"\"\r\n"
                + "MX;SCHENGEN;1903-01-01;1904-01-01;Texte\r\n"
                + "\r\n"
                + "mx;eu;1904-01-01;1905-01-01;Texte suivant\r\n";
        WebSession.Page loaded = upload(admin, ("\uFEFF" + file), "Reprise des données de l'ANSM");
        assertThat(loaded.status()).isEqualTo(302);
        assertThat(admin.get(PAGE + "?q=mexique").body()).contains("Fichier chargé : 3 période(s) ajoutée(s) ou "
                + "changée(s), 0 déjà ainsi.", "Texte corrigé ; avec un point-virgule et des &quot;guillemets&quot;");
        assertThat(countries.isMember("MX", Membership.EU, LocalDate.of(1903, 7, 1))).isFalse();
        assertThat(countries.isMember("MX", Membership.EU, LocalDate.of(1904, 7, 1))).isTrue();
        assertThat(countries.isMember("MX", Membership.EU, LocalDate.of(2026, 12, 1))).as("ended").isFalse();
        assertThat(countries.isMember("MX", Membership.SCHENGEN, LocalDate.of(1903, 7, 1))).isTrue();
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("country_membership", "MX EU 1903-01-01"))
                .hasSize(2).last().satisfies(change -> {
                    assertThat(change.getBeforeValue()).isEqualTo("MX EU 1903-01-01 → 1904-01-01 : Texte initial");
                    assertThat(change.getAfterValue()).startsWith("MX EU 1903-01-01 → 1903-06-01 : Texte corrigé ;");
                    assertThat(change.getReason()).isEqualTo("Reprise des données de l'ANSM");
                });
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("country_membership", "MX SCHENGEN 1903-01-01"))
                .hasSize(1);
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("country_membership", "MX EU 1904-01-01"))
                .hasSize(1);

        assertThat(upload(admin, file, "Encore une fois").status()).isEqualTo(302);
        assertThat(admin.get(PAGE).body()).contains("Fichier chargé : 0 période(s) ajoutée(s) ou changée(s), 3 déjà ainsi.");
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("country_membership", "MX EU 1903-01-01"))
                .hasSize(2);
    }

    @Test
    void theReasonIsRequiredAndBigOrLongFilesAreRefusedBeforeBeingRead() {
        WebSession admin = administrator();
        WebSession.Page noReason = upload(admin, HEADER + "NO;SCHENGEN;1902-01-01;1903-01-01;Texte\r\n", "");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Motif du changement : obligatoire.");
        assertThat(countries.isMember("NO", Membership.SCHENGEN, LocalDate.of(1902, 2, 1))).isFalse();

        StringBuilder longFile = new StringBuilder(HEADER);
        for (int i = 0; i < MembershipCsv.MAX_LINES + 1; i++) {
            longFile.append("NO;EU;1902-01-01;;x\r\n");
        }
        assertThat(upload(admin, longFile.toString(), "Motif").body()).contains("Fichier de plus de 5");
        String big = HEADER + "NO;EU;1902-01-01;;" + "x".repeat((int) MembershipCsv.MAX_BYTES) + "\r\n";
        assertThat(upload(admin, big, "Motif").body()).contains("Fichier de plus de 1 Mio : refusé.");
        assertThat(upload(admin, "pays;type\r\nNO;EU\r\n", "Motif").body()).contains(
                "Ligne 1 : en-tête attendu country_code;kind;valid_from;valid_until;source");
        assertThat(countries.isMember("NO", Membership.EU, LocalDate.of(1902, 2, 1))).isFalse();
    }

    private static WebSession.Page upload(WebSession admin, String file, String reason) {
        return admin.upload(PAGE, PAGE + "/import", Map.of("reason", reason), "file", "pays.csv",
                file.getBytes(StandardCharsets.UTF_8));
    }

    private WebSession administrator() {
        WebSession session = new WebSession("http://127.0.0.1:" + port);
        session.logIn(TestAccounts.person(accounts, "referentiel", "ansm-admins"), PASSWORD, SECRET);
        return session;
    }
}
