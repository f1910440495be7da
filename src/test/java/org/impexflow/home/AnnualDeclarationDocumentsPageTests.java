package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.narcotics.AnnualDeclarationDocuments;
import org.impexflow.narcotics.AnnualDeclarationProcess;
import org.impexflow.narcotics.AnnualDeclarations;
import org.impexflow.narcotics.AnnualDocumentTypes;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.RealFiles;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The documents to join to the annual declaration: listed on its page, uploaded there by any account of
 * the operator, each kept with which document it is, its type found by its content, its size and SHA-256,
 * shown on the page, on ANSM's case page and in the timeline; another establishment neither sees nor adds.
 */
@ImpexflowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualDeclarationDocumentsPageTests {

    private static final int YEAR = 2025;
    private static final String PAGE = "/stupefiants/declarations/" + YEAR;
    private static final String JOIN = PAGE + "/pieces";

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
    AnnualDeclarations declarations;
    @Autowired
    AnnualDeclarationDocuments documents;
    @Autowired
    AnnualDocumentTypes types;

    private Establishment operator;
    private Establishment otherOperator;
    private WebSession preparer;
    private WebSession other;
    private final byte[] letter = RealFiles.pdf();

    @BeforeEach
    void twoOperatorsWithTheirDeclarationsOpen() {
        if (preparer != null) {
            return;
        }
        operator = openDeclaration("Laboratoire Pièces Jointes");
        otherOperator = openDeclaration("Laboratoire Voisin");
        preparer = TestAccounts.loggedIn(port, TestAccounts.declarant(accounts, establishments, operator));
        other = TestAccounts.loggedIn(port, TestAccounts.declarant(accounts, establishments, otherOperator));
    }

    @Test
    @Order(1)
    void theDeclarationsPageListsTheDocumentsToJoinAndNoLongerSendsThemByMail() {
        String page = HtmlUtils.htmlUnescape(preparer.get(PAGE).body());

        assertThat(types.types()).extracting(AnnualDocumentTypes.Type::code)
                .contains("COVER_LETTER", "AUTHORISATIONS_LIST");
        for (AnnualDocumentTypes.Type type : types.types()) {
            assertThat(page).contains("data-document-type=\"" + type.code() + "\"", type.french());
        }
        assertThat(page).contains("Pièces à joindre", "Ne les envoyez pas par courriel", "id=\"join-document\"",
                "Fichier (10 Mo au plus)", "href=\"/stupefiants/guide\"").doesNotContain("stupetpsy@", "??");
        assertThat(preparer.get("/stupefiants/declarations").body()).contains("href=\"/stupefiants/guide\"");

        String english = HtmlUtils.htmlUnescape(preparer.get(PAGE + "?lang=en").body());
        assertThat(english).contains("Documents to join", "Cover letter signed by the responsible pharmacist",
                "Join the document", "File (10 MB at most)").doesNotContain("??");
        preparer.get(PAGE + "?lang=fr");
    }

    @Test
    @Order(2)
    void anOperatorsAccountJoinsDocumentsKeptWithTheirTypeSizeAndHash() {
        WebSession.Page joined = preparer.upload(PAGE, JOIN, Map.of("documentType", "COVER_LETTER"), "document",
                "lettre-accompagnement.pdf", letter);

        assertThat(joined.status()).isEqualTo(302);
        assertThat(joined.location()).endsWith(PAGE + "#documents");
        byte[] list = RealFiles.xlsx();
        assertThat(preparer.upload(PAGE, JOIN, Map.of("documentType", "AUTHORISATIONS_LIST"), "document",
                "autorisations.xlsx", list).status()).isEqualTo(302);

        List<Attachment> kept = documents.of(declarationId(operator));
        assertThat(kept).extracting(Attachment::getDocumentType).containsExactly("COVER_LETTER", "AUTHORISATIONS_LIST");
        assertThat(kept).extracting(Attachment::getContentType).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(kept.get(0).getSizeBytes()).isEqualTo(letter.length);
        assertThat(kept.get(0).getSha256()).isEqualTo(Attachments.sha256(letter));

        String page = HtmlUtils.htmlUnescape(preparer.get(PAGE).body());
        assertThat(page).contains("Pièce jointe à la déclaration.", "lettre-accompagnement.pdf",
                "autorisations.xlsx", "<td>PDF</td>", "<td>XLSX</td>", Attachments.sha256(letter), Attachments.sha256(list),
                // the timeline
                "Pièce jointe à la déclaration</", "Lettre d'accompagnement signée par le pharmacien responsable : "
                        + "lettre-accompagnement.pdf (PDF, ", " octets, SHA-256 " + Attachments.sha256(letter) + ")");
        assertThat(page).contains("href=\"/pieces-jointes/" + kept.get(0).getId() + "\"");
        assertThat(preparer.download("/pieces-jointes/" + kept.get(0).getId())).isEqualTo(letter);
    }

    @Test
    @Order(3)
    void aWrongUploadIsRefusedNamingItsFieldAndNothingIsStored() {
        int before = documents.of(declarationId(operator)).size();

        WebSession.Page noType = preparer.upload(PAGE, JOIN, Map.of("documentType", ""), "document", "lettre.pdf",
                letter);
        assertThat(noType.status()).isEqualTo(422);
        assertThat(noType.body()).contains("id=\"documentType-error\"", "choisissez dans la liste");

        WebSession.Page imageNamedPdf = preparer.upload(PAGE, JOIN, Map.of("documentType", "COVER_LETTER"), "document",
                "lettre.pdf", RealFiles.png());
        assertThat(imageNamedPdf.status()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(imageNamedPdf.body())).contains("id=\"document-error\"",
                "est une image PNG nommée .pdf");

        WebSession.Page workbookAsLetter = preparer.upload(PAGE, JOIN, Map.of("documentType", "COVER_LETTER"),
                "document", "lettre.xlsx", RealFiles.xlsx());
        assertThat(HtmlUtils.htmlUnescape(workbookAsLetter.body())).contains("id=\"document-error\"",
                "n'est pas accepté, son contenu n'est pas : PDF, image PNG ou image JPEG");

        WebSession.Page zipAsList = preparer.upload(PAGE, JOIN, Map.of("documentType", "AUTHORISATIONS_LIST"),
                "document", "autorisations.xlsx", RealFiles.plainZip());
        assertThat(zipAsList.status()).isEqualTo(422);

        byte[] tooLarge = Arrays.copyOf(letter, (int) types.maxFileSize().toBytes() + 1);
        WebSession.Page large = preparer.upload(PAGE, JOIN, Map.of("documentType", "DESTRUCTION_REPORTS"), "document",
                "proces-verbaux.pdf", tooLarge);
        assertThat(large.status()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(large.body())).contains("« proces-verbaux.pdf » dépasse 10 Mo");

        assertThat(documents.of(declarationId(operator))).hasSize(before);
        assertThat(HtmlUtils.htmlUnescape(preparer.get(PAGE).body())).doesNotContain("lettre.pdf", "lettre.xlsx");
    }

    @Test
    @Order(4)
    void ansmSeesTheDocumentsWithTheirTypeOnTheCasePage() {
        Long id = declarationId(operator);
        Attachment letterKept = documents.of(id).get(0);
        WebSession narcotics = TestAccounts.loggedIn(port, accounts, "documents-narcotics", Groups.NARCOTICS);

        String casePage = HtmlUtils.htmlUnescape(narcotics.get("/ansm/dossiers/" + id).body());

        assertThat(casePage).contains("lettre-accompagnement.pdf",
                "(Lettre d'accompagnement signée par le pharmacien responsable)", Attachments.sha256(letter),
                "autorisations.xlsx", "Pièce jointe à la déclaration");
        assertThat(HtmlUtils.htmlUnescape(narcotics.get("/ansm/dossiers/" + id + "?lang=en").body()))
                .contains("(Cover letter signed by the responsible pharmacist)");
        assertThat(narcotics.download("/pieces-jointes/" + letterKept.getId())).isEqualTo(letter);
    }

    @Test
    @Order(5)
    void anotherEstablishmentNeitherSeesNorAddsThem() {
        Attachment letterKept = documents.of(declarationId(operator)).get(0);
        int before = documents.of(declarationId(operator)).size();

        assertThat(other.get("/pieces-jointes/" + letterKept.getId()).status()).isEqualTo(404);
        assertThat(other.get(PAGE).body()).doesNotContain("lettre-accompagnement.pdf", letterKept.getSha256());
        // the other operator's upload goes to its own declaration, whatever it tries
        assertThat(other.upload(PAGE, JOIN, Map.of("documentType", "COVER_LETTER"), "document", "voisin.pdf", letter)
                .status()).isEqualTo(302);
        assertThat(documents.of(declarationId(otherOperator))).extracting(Attachment::getFileName)
                .containsExactly("voisin.pdf");

        WebSession outsider = TestAccounts.loggedIn(port, TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire sans stupéfiants (pièces)")));
        assertThat(outsider.upload("/mes-declarations", JOIN, Map.of("documentType", "COVER_LETTER"), "document",
                "intrus.pdf", letter).status()).isEqualTo(403);
        assertThat(outsider.get("/pieces-jointes/" + letterKept.getId()).status()).isEqualTo(404);

        assertThat(documents.of(declarationId(operator))).hasSize(before);
        assertThat(preparer.get(PAGE).body()).doesNotContain("voisin.pdf", "intrus.pdf");
    }

    private Establishment openDeclaration(String name) {
        Establishment establishment = TestEstablishments.create(establishments, name);
        operators.register(establishment.getId(), LocalDate.of(2020, 1, 1));
        engine.getRuntimeService().startProcessInstanceByKey(AnnualDeclarationProcess.KEY, Map.of(
                AnnualDeclarationProcess.Vars.OPERATOR_ID, establishment.getId(),
                AnnualDeclarationProcess.Vars.DECLARED_YEAR, YEAR));
        return establishment;
    }

    private Long declarationId(Establishment establishment) {
        return declarations.of(establishment.getId(), YEAR).orElseThrow().getId();
    }
}
