package org.impexflow.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.impexflow.account.Accounts;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.CaseEvent;
import org.impexflow.casefile.CaseFile;
import org.impexflow.casefile.CaseKinds;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.casefile.CasePages;
import org.impexflow.casefile.CaseRegister;
import org.impexflow.establishment.Establishments;
import org.impexflow.mail.SentMail;
import org.impexflow.mail.SentMails;
import org.impexflow.narcotics.AnnualDeclaration;
import org.impexflow.narcotics.AnnualDocumentTypes;
import org.impexflow.travellers.TransportAttestation;
import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What ANSM's page of a case shows, whatever its kind: the register's row (status, decision, chain), its
 * timeline, the documents its decision made with their verification codes, its files with their SHA-256,
 * and the mails sent about it. The labels of statuses and events are the procedures'.
 */
@Component
class CaseView {

    /** The attached files that are documents the decision made (the others are the declarant's). */
    private static final List<AttachmentKind> DOCUMENTS = List.of(AttachmentKind.VALIDATED_COPY,
            AttachmentKind.IMPORT_AUTHORISATION);

    private final CaseRegister register;
    private final CaseKinds kinds;
    private final Establishments establishments;
    private final Attachments attachments;
    private final VerificationCodes verificationCodes;
    private final SentMails mails;
    private final AnnualDocumentTypes annualDocumentTypes;
    private final Accounts accounts;

    CaseView(CaseRegister register, CaseKinds kinds, Establishments establishments, Attachments attachments,
            VerificationCodes verificationCodes, SentMails mails, AnnualDocumentTypes annualDocumentTypes,
            Accounts accounts) {
        this.register = register;
        this.kinds = kinds;
        this.establishments = establishments;
        this.attachments = attachments;
        this.verificationCodes = verificationCodes;
        this.mails = mails;
        this.annualDocumentTypes = annualDocumentTypes;
        this.accounts = accounts;
    }

    record Link(String number, String href) {
    }

    /** A line of the timeline; {@code actorInLabel}: its label already says it was ANSM support (its actor: who). */
    record Event(Instant at, String actor, String actorName, String what, String status, String why, String legalBasis,
            boolean actorInLabel) {
    }

    /** The lines whose label names ANSM support: their actor is said beside it, not as "by" a second time. */
    private static final Set<String> BY_SUPPORT = Set.of("RECEIVED_BY_MAIL", "FILED_ON_BEHALF");

    /** A file of the case: a document the decision made (with its verification code) or an attachment. */
    record File(String name, String title, String contentType, Long size, String sha256, String href,
            String verificationCode) {
    }

    /**
     * @param filedAt when the case was filed: an annual declaration's case opens with its campaign and is filed
     *                when submitted (null until then)
     * @param filedBy who filed it, or for a case received by e-mail ({@code enteredFromMail}) the support agent
     *                who entered it; {@code filedByName} the person's name
     * @param dueDay  the last day it is due: an annual declaration's deadline is its own day (its case is due at
     *                the start of the next one)
     */
    record Page(CaseFile file, String number, String statusLabel, String holder, Instant filedAt, String filedBy,
            String filedByName, boolean enteredFromMail, LocalDate dueDay,
            List<Link> amends, Link replacedBy, List<Link> amendedBy, List<Event> timeline, List<File> documents,
            List<File> attachments, List<SentMail> mails) {
    }

    @Transactional(readOnly = true)
    Optional<Page> of(long id, Locale language) {
        return register.find(id).map(c -> page(c, language));
    }

    private Page page(CaseFile c, Locale language) {
        List<CaseEvent> events = register.timeline(c.getId());
        // people by their names, each looked up once for the page
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = id -> id == null ? null : names.computeIfAbsent(id, accounts::displayName);
        List<Event> timeline = events.stream().map(e -> event(c, e, language, name)).toList();
        List<File> documents = new ArrayList<>();
        List<File> files = new ArrayList<>();
        String code = verificationCodes.issued(c.getKind(), c.getId()).map(VerificationCodes::display).orElse(null);
        List<Attachment> attached = new ArrayList<>(attachments.ofDeclaration(c.getId()));
        attachments.ofImportAuthorisation(c.getId()).stream().filter(a -> !attached.contains(a)).forEach(attached::add);
        for (Attachment a : attached) {
            boolean document = DOCUMENTS.contains(a.getKind());
            (document ? documents : files).add(new File(a.getFileName(), title(a, language), a.getContentType(),
                    a.getSizeBytes(), a.getSha256(), "/pieces-jointes/" + a.getId(), document ? code : null));
        }
        if (c instanceof TransportAttestation t) {
            if (t.getPrescriptionName() != null) {
                files.add(new File(t.getPrescriptionName(), null, t.getPrescriptionTypeOrDefault(),
                        t.getPrescription() == null ? null : (long) t.getPrescription().length,
                        t.getPrescriptionSha256(), "/ansm/voyageurs/attestations/" + t.getId() + "/ordonnance", null));
            }
            if (t.getAttestationPdf() != null) {
                documents.add(new File("attestation-" + t.getNumber() + ".pdf", null, "application/pdf",
                        (long) t.getAttestationPdf().length, Attachments.sha256(t.getAttestationPdf()),
                        CasePages.path(t.getId()) + "/attestation.pdf", code));
            }
        }
        if (c instanceof AnnualDeclaration d && d.getWorkbookName() != null) {
            files.add(new File(d.getWorkbookName(), null,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    d.getWorkbook() == null ? null : (long) d.getWorkbook().length, d.getWorkbookSha256(),
                    "/ansm/stupefiants/declarations/" + d.getId() + "/jare.xlsx", null));
        }
        String holder = c.getEstablishmentId() != null
                ? establishments.byId(c.getEstablishmentId()).map(e -> e.getName()).orElse(null)
                : c instanceof TransportAttestation t ? t.getFirstName() + " " + t.getLastName() : null;
        // a numbered case's mails name its number; an annual declaration's, its id after the prefix DA-
        List<SentMail> sent = c.getNumber() != null ? mails.about("", c.getNumber())
                : c instanceof AnnualDeclaration ? mails.about("DA-", String.valueOf(c.getId())) : List.of();
        AnnualDeclaration annual = c instanceof AnnualDeclaration d ? d : null;
        String agent = c.getFiledBy() == null ? enteredBy(events) : null;
        String filedBy = c.getFiledBy() != null ? c.getFiledBy() : agent;
        return new Page(c, number(c, language), kinds.statusLabel(c.getKind(), c.getStatusCode(), language), holder,
                annual != null ? annual.getSubmittedAt() : c.getFiledAt(),
                filedBy, name.apply(filedBy), agent != null,
                annual != null ? annual.getDueDate()
                        : c.getDueAt() == null ? null : c.getDueAt().atZone(CaseNumbering.PARIS).toLocalDate(),
                c.getAmendedCases().stream().map(CaseView::link).toList(),
                c.getReplacedBy() == null ? null : link(c.getReplacedBy()),
                register.amendments(c.getId()).stream().map(CaseView::link).toList(), timeline, documents, files, sent);
    }

    /** For a case received by e-mail (no filer's account), the support agent who entered it. */
    private static String enteredBy(List<CaseEvent> events) {
        return events.stream().filter(e -> "RECEIVED_BY_MAIL".equals(e.getKindCode()) && e.getActor() != null)
                .findFirst().map(CaseEvent::getActor).orElse(null);
    }

    /** What a file is to its case: its kind, or for an annual declaration's document, which document. */
    private String title(Attachment a, Locale language) {
        if (a.getKind() == AttachmentKind.ANNUAL_DECLARATION_DOCUMENT && a.getDocumentType() != null) {
            return annualDocumentTypes.label(a.getDocumentType(), language);
        }
        return a.getKind() == null ? null : a.getKind().label(language);
    }

    /** The case's number, or for an annual declaration (not numbered) its year. */
    private static String number(CaseFile c, Locale language) {
        if (c.getNumber() != null) {
            return c.getNumber();
        }
        return c instanceof AnnualDeclaration d ? String.valueOf(d.getYear()) : "#" + c.getId();
    }

    private static Link link(CaseFile c) {
        return new Link(c.getNumber() == null ? "#" + c.getId() : c.getNumber(), CasePages.path(c.getId()));
    }

    private Event event(CaseFile c, CaseEvent e, Locale language, Function<String, String> name) {
        CaseKinds.EventLabel label = kinds.eventLabel(c.getKind(), e, language);
        return new Event(e.getOccurredAt(), e.getActor(), name.apply(e.getActor()), label.what(), label.status(),
                e.getReadableDetail(), e.getLegalBasis(), BY_SUPPORT.contains(e.getKindCode()));
    }
}
