package org.impexflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.exportdeclaration.DeclarationDocuments;
import org.impexflow.exportdeclaration.DeclarationEvent;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.QrCodes;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The code on a validated declaration, read from its QR code, opens the public page: and nothing else does. */
@ImpexflowSpringTest
class VerificationPageTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DeclarationRegister register;
    @Autowired
    DeclarationDocuments documents;

    private WebSession anonymous;
    private String number;
    private String path;

    @BeforeEach
    void aValidatedDeclarationAndItsPdf() {
        anonymous = new WebSession("http://127.0.0.1:" + port);
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Declarations.decide(engine, pi, "VALIDATE");
        number = pi.getBusinessKey();
        byte[] pdf = documents.validatedCopy(declaration()).orElseThrow().getContent();
        path = URI.create(QrCodes.readFromPdf(pdf)).getPath();
        String code = path.substring(path.lastIndexOf('/') + 1);
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(Mails.pdfText(pdf)).contains("Code de vérification / Verification code : " + code,
                "/verification/" + code);
        // the title a PDF reader shows in its window and tab
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Déclaration d'exportation visée N° " + number);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theQrCodeOpensAPublicPageThatSaysWhatTheDeclarationIsAndNothingOfTheEstablishment() {
        WebSession.Page page = anonymous.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(number, "Artemether Démo", "Sénégal", "En vigueur",
                "Déclaration d&#39;exportation initiale")
                .doesNotContain("Laboratoire Démo", Declarations.DEMO_SIRET, Declarations.DECLARANT,
                        "Pharmacie Nationale");
        // in English all of it: an importing country's authority reads the document's kind and country too
        assertThat(anonymous.get(path + "?lang=en").body()).contains("In force", "Initial export statement (IES)",
                "<td id=\"destination\">Senegal</td>").doesNotContain("Sénégal", "Déclaration d&#39;exportation");
        anonymous.get(path + "?lang=fr");
    }

    @Test
    void everyValidatedCopyHasAReadableQrCode() {
        for (int i = 0; i < 15; i++) {
            ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
            Declarations.decide(engine, pi, "VALIDATE");
            byte[] pdf = documents.validatedCopy(register.byNumber(pi.getBusinessKey()).orElseThrow()).orElseThrow()
                    .getContent();
            String url = QrCodes.readFromPdf(pdf);
            assertThat(anonymous.get(URI.create(url).getPath()).body()).contains(pi.getBusinessKey());
        }
    }

    /** The form names every kind of document that carries a code, transport attestations included. */
    @Test
    void theFormNamesTheDocumentsItChecks() {
        assertThat(anonymous.get("/verification").body()).contains("déclaration d&#39;exportation visée",
                "autorisation d&#39;importation", "attestation de transport de médicaments stupéfiants");
        assertThat(anonymous.get("/verification?lang=en").body()).contains("transport attestation for narcotic medicines");
        anonymous.get("/verification?lang=fr");
    }

    @Test
    void aCodeTypedInLowerCaseWithoutDashesFindsTheSameDocument() {
        String typed = path.substring(path.lastIndexOf('/') + 1).replace("-", "").toLowerCase();
        WebSession.Page redirect = anonymous.get("/verification?code=" + typed);
        assertThat(redirect.location()).endsWith(path);
        assertThat(anonymous.get("/verification/" + typed).body()).contains(number);
    }

    @Test
    void unknownTamperedOrMalformedCodesAreNotFound() {
        String code = path.substring(path.lastIndexOf('/') + 1);
        char last = code.charAt(code.length() - 1);
        String tampered = code.substring(0, code.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        for (String wrong : new String[] {tampered, "ABCD-EFGH-JKMN", "abc", "ABCD<EFGH>JKMN", "' or 1=1 --"}) {
            WebSession.Page page = anonymous.get("/verification/" + java.net.URLEncoder.encode(wrong,
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            assertThat(page.status()).as(wrong).isEqualTo(404);
            assertThat(page.body()).contains("Aucun document de l&#39;ANSM ne porte le code").doesNotContain(number);
        }
    }

    @Test
    void aCodeAloneCannotAddAReceiptToTheCaseHistory() {
        WebSession.Page page = anonymous.get(path);
        assertThat(page.body()).doesNotContain("Confirmer la réception", "id=\"receipt\"", "name=\"person\"");
        assertThat(anonymous.get(path + "?lang=en").body()).doesNotContain("Confirm receipt");

        // the form of the former page, replayed with a valid CSRF token of the session, as many times as one likes
        for (int i = 0; i < 3; i++) {
            WebSession.Page replayed = anonymous.submit("/login", path + "/reception",
                    Map.of("authority", "Direction de la Pharmacie et du Médicament", "person", "Dr A. Diallo"));
            assertThat(replayed.status()).as("a POST on the verification page").isEqualTo(404);
        }
        assertThat(history()).noneMatch(e -> e.getKind().name().equals("RECEIPT_CONFIRMED"));
    }

    private ExportDeclaration declaration() {
        return register.byNumber(number).orElseThrow();
    }

    private java.util.List<DeclarationEvent> history() {
        return register.history(declaration().getId());
    }
}
