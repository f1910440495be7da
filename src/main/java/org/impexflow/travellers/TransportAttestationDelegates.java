package org.impexflow.travellers;

import static org.impexflow.travellers.TransportAttestationProcess.Vars.*;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.access.Groups;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseDocuments;
import org.impexflow.casefile.CaseTasks;
import org.impexflow.casefile.ReviewDecisionRule;
import org.impexflow.mail.Mailer;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.mail.TemplateMails;
import org.impexflow.reference.Countries;
import org.impexflow.travellers.TransportAttestationProcess.ReviewDecision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of processes/transport-attestation.bpmn, one bean each, as the diagram names them. */
@Configuration(proxyBeanMethods = false)
class TransportAttestationDelegates {

    static Long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(ATTESTATION_ID)).longValue();
    }

    /** The review is ANSM's narcotics team's, due a week after the request, with reasons for a refusal. */
    @Bean
    CaseTasks transportAttestationTasks() {
        return CaseTasks.of(TransportAttestationProcess.KEY, null).review(TransportAttestationProcess.Elements.REVIEW,
                Groups.NARCOTICS, REVIEW_DUE_DATE, ReviewDecisionRule.of(ReviewDecision.class, ReviewDecision.ISSUE,
                        ReviewDecision.REFUSE, "obligatoire : les motifs du refus sont envoyés au voyageur",
                        "obligatoire : les motifs du refus sont envoyés au voyageur"));
    }

    /** Issued: the PDF with its verification code, made once (a retried step finds it made). */
    @Bean
    JavaDelegate issueTransportAttestationDelegate(TransportAttestations attestations, TransportAttestationPdf pdf,
            CaseDocuments documents) {
        return execution -> {
            Long id = id(execution);
            attestations.decide(id, TransportAttestation.Status.ISSUED, (String) execution.getVariable(REVIEW_COMMENT));
            TransportAttestation attestation = attestations.get(id);
            documents.once(() -> java.util.Optional.ofNullable(attestation.getAttestationPdf()),
                    TransportAttestation.KIND, id, code -> pdf.render(attestation,
                            attestations.medicine(attestation.getMedicineCode()).orElseThrow(), code),
                    bytes -> {
                        attestations.attach(id, bytes);
                        return bytes;
                    });
        };
    }

    @Bean
    JavaDelegate refuseTransportAttestationDelegate(TransportAttestations attestations) {
        return execution -> attestations.decide(id(execution), TransportAttestation.Status.REFUSED,
                (String) execution.getVariable(REVIEW_COMMENT));
    }

    @Bean
    JavaDelegate acknowledgeTransportRequestDelegate(TransportAttestations attestations, TravellerMails mails,
            Mailer mailer) {
        return execution -> {
            TransportAttestation a = attestations.get(id(execution));
            mailer.sendOnce("AT-ACK:" + a.getNumber(), mails.mail(a, "transport-acknowledgement"));
        };
    }

    /** The attestation with its PDF, or the refusal with its reasons, once. */
    @Bean
    JavaDelegate notifyTravellerDelegate(TransportAttestations attestations, TravellerMails mails, Mailer mailer) {
        return execution -> {
            TransportAttestation a = attestations.get(id(execution));
            OutgoingMail mail = a.getStatus() == TransportAttestation.Status.ISSUED
                    ? mails.mail(a, "transport-issued").with(new OutgoingMail.MailAttachment(a.getNumber() + ".pdf",
                            "application/pdf", a.getAttestationPdf()))
                    : mails.mail(a, "transport-refused");
            mailer.sendOnce("AT-DECISION:" + a.getNumber(), mail);
        };
    }

    /** The traveller's mails, in the language of the page they asked from. */
    @org.springframework.stereotype.Component
    record TravellerMails(TemplateMails mails, Countries countries, TransportAttestations attestations) {

        OutgoingMail mail(TransportAttestation a, String template) {
            Locale language = "en".equals(a.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
            return mails.to(a.getEmail(), template, language).with("a", a)
                    .with("destination", countries.name(a.getDestinationCountry(), language))
                    .with("medicine", attestations.medicine(a.getMedicineCode()).map(NarcoticMedicine::name).orElse(""))
                    .with("departure", CaseDates.day(a.getDepartureDate()))
                    .with("returning", CaseDates.day(a.getReturnDate())).mail();
        }
    }
}
