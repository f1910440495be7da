package org.impexflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impexflow.support.Declarations.DECLARANT;

import java.util.Arrays;
import java.util.Map;

import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.RealFiles;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/**
 * Who uploads files on {@code /pieces-jointes} and with the forms' button: only those who can join a file to a
 * case (the accounts of an establishment, ANSM support and administrators for the mail intakes); and how many
 * files a person keeps uploaded and not joined to a case at once.
 */
@ImpexflowSpringTest
class UploadRightsTests {

    private static final String PAGE = "/pieces-jointes";
    private static final String BUTTON = "/pieces-jointes/formulaire";
    private static final byte[] PDF = "%PDF-1.4 lettre".getBytes();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    AttachmentRepository repository;
    @Autowired
    Attachments attachments;

    /**
     * Until 2026-12-07 an account just registered, before any establishment accepted it, and a read-only
     * analyst uploaded files (201 with a PJ- reference) that nobody could ever join to a case.
     */
    @Test
    void accountsThatCannotJoinAFileToACaseAreRefusedInFrenchAndNothingIsStored() {
        for (String group : new String[] {Groups.DECLARANTS, Groups.ANALYSTS, Groups.REVIEWERS}) {
            WebSession person = TestAccounts.loggedIn(port, accounts, "sans-usage", group);
            long before = repository.count();

            WebSession.Page button = person.uploadAsWebapp(BUTTON, "file", "lettre.pdf", PDF, true);
            assertThat(button.status()).as(group).isEqualTo(403);
            assertThat(button.body()).as(group).contains("\"code\":\"NOT_ALLOWED\"", "\"field\":\"Pièce jointe\"",
                    "Votre compte ne peut pas déposer de pièces jointes : seuls les comptes membres d'un établissement");
            WebSession.Page page = person.upload(PAGE, PAGE, Map.of(), "files", "lettre.pdf", PDF);
            assertThat(page.status()).as(group).isEqualTo(403);
            assertThat(page.body()).as(group).contains("Votre compte ne peut pas déposer de pièces jointes")
                    .doesNotContain("Fichier(s) déposé(s)");
            WebSession.Page shown = person.get(PAGE);
            assertThat(shown.status()).as(group).isEqualTo(403);
            assertThat(shown.body()).as(group).contains("id=\"not-allowed\"").doesNotContain("name=\"files\"", "Déposez ici les fichiers");
            assertThat(repository.count()).as(group + ": nothing stored").isEqualTo(before);
            if (!group.equals(Groups.DECLARANTS)) {
                assertThat(person.get("/mes-donnees").body()).as(group + ": no link in the header")
                        .doesNotContain("href=\"/pieces-jointes\"");
            }
        }

        WebSession support = TestAccounts.loggedIn(port, accounts, "support", Groups.SUPPORT);
        assertThat(support.uploadAsWebapp(BUTTON, "file", "courriel-recu.pdf", PDF, true).status())
                .as("support files mail intakes with its uploads").isEqualTo(201);
        assertThat(support.get("/mes-donnees").body()).contains("href=\"/pieces-jointes\"");
        WebSession member = TestAccounts.loggedIn(port,
                TestAccounts.declarant(accounts, establishments, establishments.ofUser(DECLARANT).orElseThrow()));
        assertThat(member.uploadAsWebapp(BUTTON, "file", "certificat.pdf", PDF, true).status()).isEqualTo(201);
        assertThat(member.upload(PAGE, PAGE, Map.of(), "files", "certificat.pdf", PDF).status()).isEqualTo(302);
        assertThat(member.get(PAGE).body()).contains("Fichier(s) déposé(s)", "name=\"files\"");
    }

    /**
     * The page speaks the language chosen with FR | EN (it stayed in French under an English header until
     * 2026-12-08), the limits and the table included; so does the refusal of an account that may not upload,
     * on the page and in the forms' button.
     */
    @Test
    void thePageAndTheRefusalSpeakEnglishOnceEnglishIsChosen() {
        String email = TestAccounts.declarant(accounts, establishments, establishments.ofUser(DECLARANT).orElseThrow());
        WebSession member = TestAccounts.loggedIn(port, email);
        assertThat(member.get(PAGE).body()).contains("<html lang=\"fr\"", "Déposez ici les fichiers",
                "20 fichiers et 100 Mo au plus à la fois ; vous en avez 0 fichier(s), 0 Ko.");
        member.get(PAGE + "?lang=en");
        assertThat(member.upload(PAGE, PAGE, Map.of(), "files", "certificate.pdf", PDF).status()).isEqualTo(302);
        String page = member.get(PAGE).body();
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        assertThat(page).contains("<html lang=\"en\"", "<title>Attachments – impexflow</title>");
        assertThat(main).contains("<h1>Attachments</h1>", "Upload the files of your declaration here",
                        "File(s) uploaded. References to copy:",
                        "at most 20 files and 100 MB at a time; you have 1 file(s), 1 KB.", ">Upload</button>",
                        "<h2>Your files not yet used</h2>", "<th>Reference</th>", "<th>Uploaded on</th>",
                        PDF.length + " bytes", ">Delete</button>", "certificate.pdf")
                .doesNotContain("Déposez", "Fichier", "fichier", "octets", "Supprimer", "Référence", "Mo ", "Ko");
        member.upload(PAGE, PAGE, Map.of(), "files", "certificate.pdf", RealFiles.exe());
        assertThat(member.get(PAGE).body()).contains("Attachment: the file &quot;certificate.pdf&quot; is not "
                        + "accepted: its content is not a PDF, a PNG image, a JPEG image, an Excel .xlsx workbook or an "
                        + ".eml e-mail.")
                .doesNotContain("n&#39;est pas accepté");
        member.upload(PAGE, PAGE, Map.of(), "files", "scan.pdf", RealFiles.png());
        assertThat(member.get(PAGE).body()).contains("Attachment: the file &quot;scan.pdf&quot; is a PNG image named "
                + ".pdf; rename it .png.");
        member.upload(PAGE, PAGE, Map.of(), "files", "empty.pdf", new byte[0]);
        assertThat(member.get(PAGE).body()).contains("Attachment: the file &quot;empty.pdf&quot; is empty.");
        Attachment certificate = attachments.unusedUploadsOf(email).get(0);
        assertThat(member.submit(PAGE, PAGE + "/" + certificate.getId() + "/suppression", Map.of()).redirectsTo(PAGE))
                .isTrue();
        assertThat(member.get(PAGE).body()).contains("id=\"deleted\">File &quot;certificate.pdf&quot; ("
                + certificate.getReference() + ") deleted.</div>", "<p class=\"muted\">None.</p>");
        member.get(PAGE + "?lang=fr");
        member.upload(PAGE, PAGE, Map.of(), "files", "certificat.exe.pdf", RealFiles.exe());
        assertThat(member.get(PAGE).body()).contains("« Pièce jointe » : le fichier « certificat.exe.pdf » n&#39;est "
                + "pas accepté, son contenu n&#39;est pas : PDF, image PNG, image JPEG, classeur Excel .xlsx ou courriel .eml.");

        WebSession analyst = TestAccounts.loggedIn(port, accounts, "en-lecture", Groups.ANALYSTS);
        analyst.get("/mes-donnees?lang=en");
        WebSession.Page refused = analyst.get(PAGE);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"not-allowed\"", "Your account cannot upload attachments")
                .doesNotContain("Votre compte");
        assertThat(analyst.upload(PAGE, PAGE, Map.of(), "files", "letter.pdf", PDF).body())
                .contains("Your account cannot upload attachments").doesNotContain("Votre compte");
        assertThat(analyst.uploadAsWebapp(BUTTON, "file", "letter.pdf", PDF, true).body())
                .contains("\"code\":\"NOT_ALLOWED\"", "Your account cannot upload attachments: only accounts");
    }

    /**
     * Until 2026-12-07 nothing limited them: three requests of 3 × 19 MiB grew the database by about 600 MB. At
     * most 20 files (and 100 MB) uploaded and not joined to a case at once, per account; the refusal names the
     * limits; deleting an unused file makes room.
     */
    @Test
    void anAccountKeepsAtMostTwentyUnusedFilesAtOnceAndDeletingOneMakesRoom() {
        String email = TestAccounts.declarant(accounts, establishments, establishments.ofUser(DECLARANT).orElseThrow());
        WebSession member = TestAccounts.loggedIn(port, email);
        for (int i = 0; i < 20; i++) {
            assertThat(member.uploadAsWebapp(BUTTON, "file", "piece-" + i + ".pdf", PDF, true).status())
                    .as("file " + i).isEqualTo(201);
        }
        WebSession.Page refused = member.uploadAsWebapp(BUTTON, "file", "une-de-trop.pdf", PDF, true);
        assertThat(refused.status()).isEqualTo(400);
        String used = "20 fichier(s), " + (20L * PDF.length + 1023) / 1024 + " Ko";
        assertThat(refused.body()).contains("\"code\":\"QUOTA_EXCEEDED\"", "une-de-trop.pdf",
                "limités à 20 fichiers et 100 Mo à la fois (vous en avez " + used + ")",
                "supprimez-en sur la page Pièces jointes");
        member.upload(PAGE, PAGE, Map.of(), "files", "une-de-trop.pdf", PDF);
        String page = member.get(PAGE).body();
        assertThat(page).contains("limités à 20 fichiers et 100 Mo", "vous en avez " + used + ".");
        member.get(PAGE + "?lang=en");
        member.upload(PAGE, PAGE, Map.of(), "files", "one-too-many.pdf", PDF);
        assertThat(member.get(PAGE).body()).contains("Attachment: the file &quot;one-too-many.pdf&quot; is not stored: "
                + "your files uploaded and not yet attached to a case are limited to 20 files and 100 MB at a time (you "
                + "have 20 file(s), " + (20L * PDF.length + 1023) / 1024 + " KB)",
                "at most 20 files and 100 MB at a time; you have 20 file(s), " + (20L * PDF.length + 1023) / 1024 + " KB.");
        member.get(PAGE + "?lang=fr");
        assertThat(attachments.unusedUploadsOf(email)).hasSize(20).noneMatch(a -> a.getFileName().equals("une-de-trop.pdf"));

        Attachment oldest = attachments.unusedUploadsOf(email).get(19);
        WebSession colleague = TestAccounts.loggedIn(port,
                TestAccounts.declarant(accounts, establishments, establishments.ofUser(DECLARANT).orElseThrow()));
        assertThat(colleague.submit(PAGE, PAGE + "/" + oldest.getId() + "/suppression", Map.of()).status())
                .as("nobody else deletes it").isEqualTo(404);
        assertThat(colleague.uploadAsWebapp(BUTTON, "file", "la-mienne.pdf", PDF, true).status())
                .as("the limit is per account").isEqualTo(201);
        assertThat(member.submit(PAGE, PAGE + "/" + oldest.getId() + "/suppression", Map.of()).redirectsTo(PAGE))
                .isTrue();
        assertThat(repository.findById(oldest.getId())).isEmpty();
        assertThat(member.get(PAGE).body()).contains("id=\"deleted\">Fichier « " + oldest.getFileName() + " » ("
                + oldest.getReference() + ") supprimé.</div>");
        assertThat(member.uploadAsWebapp(BUTTON, "file", "enfin.pdf", PDF, true).status()).isEqualTo(201);
    }

    @Test
    void theTotalSizeOfUnusedFilesIsLimitedTooAndTheRefusalNamesIt() {
        Attachments limited = new Attachments(repository, new AttachmentSettings(20, DataSize.ofMegabytes(1)));
        String owner = TestAccounts.person(accounts, "volumineux", Groups.DECLARANTS);
        byte[] large = Arrays.copyOf(PDF, 600 * 1024);
        limited.uploadWithinLimits(owner, "premier.pdf", large);
        assertThatThrownBy(() -> limited.uploadWithinLimits(owner, "second.pdf", large))
                .isInstanceOfSatisfying(RefusedFileException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(RefusedFileException.Reason.QUOTA_EXCEEDED);
                    assertThat(refused.getMessage()).contains("« second.pdf » n'est pas enregistré",
                            "limités à 20 fichiers et 1 Mo à la fois (vous en avez 1 fichier(s), 600 Ko)");
                });
        assertThat(attachments.unusedUploadsOf(owner)).extracting(Attachment::getFileName).containsExactly("premier.pdf");
    }
}
