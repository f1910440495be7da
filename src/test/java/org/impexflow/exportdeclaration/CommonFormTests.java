package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The common DEI/DEC form of ANSM's page (issue 20, "The common form"): downloadable without an account in
 * French and in English (IES/AES) with its filling help, reachable from the help page and the entry page;
 * prefilled from a case by its establishment only. Asserted on the text of the PDFs served.
 */
@ImpexflowSpringTest
class CommonFormTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    @Test
    void anyoneDownloadsTheFormInFrenchAndEnglishAndItsFillingHelpFromThePublicPages() {
        WebSession anonymous = new WebSession(base());
        assertThat(anonymous.get("/aide").body()).contains("href=\"/aide/formulaire/dei-dec.pdf\"",
                "href=\"/aide/formulaire/ies-aes.pdf\"", "href=\"/aide/formulaire/aide-au-remplissage.pdf\"",
                "href=\"/aide/formulaire\"");
        assertThat(anonymous.get("/").body()).contains("href=\"/aide/formulaire\"");
        WebSession.Page page = anonymous.get("/aide/formulaire");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Déclarer par courriel", "exportation-medicaments@ansm.sante.fr",
                "href=\"/aide/formulaire/filling-help.pdf\"", "non signé");
        assertThat(anonymous.get("/aide/formulaire?lang=en").body()).contains("Declaring by e-mail",
                "Send the form duly filled in but unsigned to");

        String french = text(anonymous.download("/aide/formulaire/dei-dec.pdf"));
        assertThat(french).contains("Déclaration d'exportation initiale (DEI)", "Déclaration d'exportation "
                + "complémentaire (DEC)", "Type de déclaration", "N° SIRET", "Nom ou code du médicament",
                "Substances actives et quantités", "Pays de destination", "Date prévue de la première exportation",
                "Fabricant (nom)", "Référence EudraGMDP du certificat BPF", "Certificat ESB",
                "non signé", "exportation-medicaments@ansm.sante.fr");
        String english = text(anonymous.download("/aide/formulaire/ies-aes.pdf"));
        assertThat(english).contains("Initial export statement (IES)", "Additional export statement (AES)",
                "Strength", "Country of destination", "exportation-medicaments@ansm.sante.fr")
                .doesNotContain("Nom ou code du médicament");
        assertThat(text(anonymous.download("/aide/formulaire/aide-au-remplissage.pdf")))
                .contains("Aide au remplissage du formulaire DEI/DEC", "libéré en France ou dans l'Union européenne",
                        "substances d'origine animale");
        assertThat(text(anonymous.download("/aide/formulaire/filling-help.pdf")))
                .contains("Filling help for the IES/AES form", "released in France or in the European Union");
        assertThat(anonymous.get("/aide/formulaire/formulaire.pdf").status()).isEqualTo(404);
    }

    @Test
    void theEstablishmentDownloadsTheFormPrefilledFromItsCaseAndNoOtherEstablishmentDoes() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire du Formulaire");
        String declarant = TestAccounts.declarant(accounts, establishments, lab);
        String number = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(),
                "establishmentSiret", lab.getSiret(), "declarantEmail", declarant,
                "medicineName", "Formulaire Prérempli 10 mg")).getBusinessKey();

        WebSession session = TestAccounts.loggedIn(port, declarant);
        assertThat(session.get("/mes-declarations/" + number).body())
                .contains("href=\"/mes-declarations/" + number + "/formulaire.pdf\"");
        String prefilled = text(session.download("/mes-declarations/" + number + "/formulaire.pdf"));
        assertThat(prefilled).contains("Déclaration d'exportation initiale (DEI)", "Prérempli à partir de la "
                + "déclaration N° " + number, "Formulaire Prérempli 10 mg", lab.getSiret(), "Laboratoire du Formulaire",
                declarant, "Sénégal (SN)", "Pharmacie Nationale d'Approvisionnement", "20 mg / 120 mg");
        String english = text(session.download("/mes-declarations/" + number + "/formulaire.pdf?lang=en"));
        assertThat(english).contains("Initial export statement (IES)", "Prefilled from the declaration No. " + number,
                "Formulaire Prérempli 10 mg", "Senegal (SN)");

        Establishment other = TestEstablishments.create(establishments, "Laboratoire Voisin");
        WebSession outsider = TestAccounts.loggedIn(port, TestAccounts.declarant(accounts, establishments, other));
        assertThat(outsider.get("/mes-declarations/" + number + "/formulaire.pdf").status()).isEqualTo(404);
    }

    /** The PDF's text, its lines joined: a label the table wraps reads whole. */
    private static String text(byte[] pdf) {
        return Mails.pdfText(pdf).replaceAll("\\s+", " ");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
