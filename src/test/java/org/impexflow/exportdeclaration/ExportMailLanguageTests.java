package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.dei;
import static org.impexflow.support.Declarations.with;
import static org.impexflow.support.ProcessTestSupport.single;

import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.administration.ReferenceLists;
import org.impexflow.administration.ReferenceTable;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19: an importing authority receives the validated declaration in the language ANSM's administrator
 * recorded for it (English: a mail in English only; French: the bilingual mail), from the next mail on; a
 * declarant who reads English is told in English why no declaration was registered.
 */
@ImpexflowSpringTest
class ExportMailLanguageTests {

    private static final String AUTHORITY = "fda@gh.example";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReferenceLists lists;
    @Autowired
    org.impexflow.account.Accounts accounts;
    @Autowired
    org.impexflow.attachment.Attachments attachments;

    @Test
    void anEnglishSpeakingDeclarantIsToldInEnglishWhyNoDeclarationWasRegistered() throws Exception {
        accounts.setLanguage(DECLARANT, Locale.ENGLISH);
        try {
            TestMailServer.purge();
            ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, with(dei(), "destinationCountry", "BE"));
            Declarations.runJobs(engine, pi.getId());
            MimeMessage mail = single(TestMailServer.to(DECLARANT));
            assertThat(Mails.subject(mail)).startsWith("Export declaration not registered");
            assertThat(Mails.text(mail)).contains("to a member state of the European Union needs no prior declaration")
                    .doesNotContain("Union européenne");
        } finally {
            accounts.setLanguage(DECLARANT, Locale.FRENCH);
        }
    }

    /** A DEC closed because another DEC of its version was validated: its English-speaking declarant is told in English. */
    @Test
    void anEnglishSpeakingDeclarantIsToldInEnglishThatTheirDecWasOvertaken() throws Exception {
        ProcessInstance dei = Declarations.fileAs(engine, DECLARANT, dei());
        Declarations.decide(engine, dei, "VALIDATE");
        ProcessInstance validated = Declarations.fileAs(engine, DECLARANT,
                Declarations.decAmending(attachments, dei.getBusinessKey()));
        ProcessInstance closed = Declarations.fileAs(engine, DECLARANT,
                Declarations.decAmending(attachments, dei.getBusinessKey()));
        Declarations.runJobs(engine, closed.getId());
        accounts.setLanguage(DECLARANT, Locale.ENGLISH);
        try {
            TestMailServer.purge();
            Declarations.decide(engine, validated, "VALIDATE");
            Declarations.runJobs(engine, closed.getId());
            MimeMessage mail = single(TestMailServer.to(DECLARANT).stream()
                    .filter(m -> Mails.subject(m).contains(closed.getBusinessKey())).toList());
            assertThat(Mails.subject(mail)).isEqualTo("Export declaration No. " + closed.getBusinessKey()
                    + " closed without follow-up: another AES was validated");
            assertThat(Mails.text(mail)).contains("amended declaration No. " + dei.getBusinessKey(),
                    "No. " + validated.getBusinessKey() + ",", "file a new additional export statement")
                    .doesNotContain("Madame, Monsieur", "classée");
        } finally {
            accounts.setLanguage(DECLARANT, Locale.FRENCH);
        }
    }

    @Test
    void theAuthorityGetsTheDeclarationInTheLanguageTheAdministratorRecorded() throws Exception {
        ReferenceTable authorities = lists.find("autorites").orElseThrow();
        assertThat(lists.save(authorities, authority("en"), "Autorité du Ghana", "referentiel@ansm.example",
                Locale.FRENCH)).isEmpty();
        TestMailServer.purge();
        String first = validatedToGhana();
        MimeMessage english = single(TestMailServer.to(AUTHORITY));
        assertThat(Mails.subject(english)).isEqualTo("Validated export declaration No. " + first + " – Artemether Démo");
        assertThat(Mails.text(english)).contains("Dear Minister", "validated copy of export declaration No. " + first)
                .doesNotContain("Madame, Monsieur", "exemplaire visé");
        assertThat(single(Mails.attachments(english)).fileName()).isEqualTo(first + ".pdf");

        assertThat(lists.save(authorities, authority("fr"), "Préfère le français", "referentiel@ansm.example",
                Locale.FRENCH)).isEmpty();
        TestMailServer.purge();
        String second = validatedToGhana();
        MimeMessage bilingual = single(TestMailServer.to(AUTHORITY));
        assertThat(Mails.subject(bilingual)).startsWith("Déclaration d'exportation visée N° " + second);
        assertThat(Mails.text(bilingual)).contains("Madame, Monsieur le Ministre", "Dear Minister");
        String french = Mails.text(bilingual).substring(0, Mails.text(bilingual).indexOf("Dear Minister"));
        assertThat(french).as("the French half names the destination and the attachment too")
                .contains("Pays de destination       : Ghana", "La déclaration visée est jointe : " + second + ".pdf");
        assertThat(Mails.text(bilingual)).contains("Destination        : Ghana");
    }

    private String validatedToGhana() {
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, with(dei(), "destinationCountry", "GH"));
        Declarations.decide(engine, pi, "VALIDATE");
        return pi.getBusinessKey();
    }

    private static Map<String, String> authority(String language) {
        return Map.of("country_code", "GH", "name", "Food and Drugs Authority", "address", "Accra", "email", AUTHORITY,
                "language", language);
    }
}
