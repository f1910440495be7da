package org.impexflow.exportdeclaration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.impexflow.casefile.CaseChain;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of export declarations: what was filed, its status with the date of each change, the
 * decisions, the chain of amendments and the transmissions. Every change here runs in the engine's
 * transaction of the step that makes it.
 */
@Service
@Transactional
public class DeclarationRegister {

    private final ExportDeclarationRepository declarations;
    private final DeclarationEventRepository events;
    private final AuthorityTransmissionRepository transmissions;

    DeclarationRegister(ExportDeclarationRepository declarations, DeclarationEventRepository events,
            AuthorityTransmissionRepository transmissions) {
        this.declarations = declarations;
        this.events = events;
        this.transmissions = transmissions;
    }

    ExportDeclaration register(ExportDeclaration declaration, List<String> amendedNumbers, String actor) {
        for (String number : amendedNumbers) {
            declaration.amend(get(number));
        }
        ExportDeclaration saved = declarations.save(declaration);
        record(saved, DeclarationEventKind.FILED, DeclarationStatus.FILED, actor,
                saved.getType() == DeclarationType.DEC ? "Modifie : " + String.join(", ", amendedNumbers) : null);
        if (saved.getFirstExportExplanation() != null) {
            record(saved, DeclarationEventKind.FIRST_EXPORT_DATE_PAST, null, actor, "Première exportation le "
                    + org.impexflow.casefile.CaseDates.day(saved.getFirstExportDate()) + " : "
                    + saved.getFirstExportExplanation());
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<ExportDeclaration> byNumber(String number) {
        return declarations.findByNumber(number);
    }

    @Transactional(readOnly = true)
    public List<ExportDeclaration> ofEstablishment(Long establishmentId) {
        return declarations.findByEstablishmentIdOrderByFiledAtDesc(establishmentId);
    }

    @Transactional(readOnly = true)
    public List<DeclarationEvent> history(Long declarationId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(declarationId);
    }

    @Transactional(readOnly = true)
    public List<AuthorityTransmission> transmissions(Long declarationId) {
        return transmissions.findByDeclarationId(declarationId);
    }

    @Transactional(readOnly = true)
    public Optional<ExportDeclaration> find(Long id) {
        return declarations.findById(id);
    }

    ExportDeclaration get(Long id) {
        return declarations.findById(id).orElseThrow(() -> new IllegalStateException("No declaration " + id));
    }

    ExportDeclaration get(String number) {
        return declarations.findByNumber(number)
                .orElseThrow(() -> new IllegalStateException("No declaration " + number));
    }

    void changeStatus(Long id, DeclarationStatus status, DeclarationEventKind why, String actor, String detail) {
        ExportDeclaration declaration = get(id);
        declaration.changeStatus(status);
        record(declaration, why, status, actor, detail);
    }

    void note(Long id, DeclarationEventKind what, String actor, String detail) {
        record(get(id), what, null, actor, detail);
    }

    /** Validation: the declaration is in force, and replaces the ones it amends. */
    ExportDeclaration validate(Long id, String reviewer, String comment) {
        ExportDeclaration declaration = get(id);
        CaseChain.replaceAmended(declaration, ExportDeclarationProcess.Vars.AMENDED_DECLARATION_NUMBERS);
        declaration.decide(DeclarationStatus.VALIDATED, Instant.now(), reviewer, comment);
        record(declaration, DeclarationEventKind.VALIDATED, DeclarationStatus.VALIDATED, reviewer, comment);
        for (ExportDeclaration amended : declaration.getAmends()) {
            record(amended, DeclarationEventKind.SUPERSEDED, null, reviewer,
                    "Version en vigueur : " + declaration.getNumber());
        }
        return declaration;
    }

    ExportDeclaration decide(Long id, DeclarationStatus decision, DeclarationEventKind why, String actor,
            String comment) {
        ExportDeclaration declaration = get(id);
        declaration.decide(decision, Instant.now(), actor, comment);
        record(declaration, why, decision, actor, comment);
        return declaration;
    }

    void recordTransmission(Long id, AuthorityTransmission.Channel channel, String recipientName,
            String recipientEmail, String recordedBy, String note) {
        Instant now = Instant.now();
        transmissions.save(new AuthorityTransmission(id, channel, recipientName, recipientEmail, now, recordedBy,
                note));
        record(get(id), DeclarationEventKind.TRANSMITTED, null, recordedBy,
                recipientName + (recipientEmail == null ? "" : " <" + recipientEmail + ">")
                        + (note == null ? "" : " – " + note));
    }

    /** The e-mail of a transmission prepared by {@link AuthorityReceipts#prepare} left: its date, and the history. */
    void transmissionMailed(Long transmissionId, String note) {
        AuthorityTransmission transmission = transmissions.findById(transmissionId).orElseThrow();
        transmission.mailed(Instant.now(), note);
        record(get(transmission.getDeclarationId()), DeclarationEventKind.TRANSMITTED, null, transmission.getRecordedBy(),
                transmission.getRecipientName() + " <" + transmission.getRecipientEmail() + "> – " + note);
    }

    /** The numbers of the declarations that a DEC amends. */
    @Transactional(readOnly = true)
    public List<String> amendedNumbers(String number) {
        return get(number).getAmends().stream().map(ExportDeclaration::getNumber).sorted().toList();
    }

    /** The number of the DEC that replaced this declaration, if any. */
    @Transactional(readOnly = true)
    public Optional<String> supersededBy(String number) {
        return Optional.ofNullable(get(number).getSupersededBy()).map(ExportDeclaration::getNumber);
    }

    /** The declaration in force at the end of the chain that {@code number} belongs to. */
    @Transactional(readOnly = true)
    public Optional<ExportDeclaration> versionInForce(String number) {
        return declarations.findByNumber(number).flatMap(CaseChain::versionInForce).map(ExportDeclaration.class::cast);
    }

    private void record(ExportDeclaration declaration, DeclarationEventKind kind, DeclarationStatus status,
            String actor, String detail) {
        events.save(new DeclarationEvent().of(declaration.getId(), kind, status, Instant.now(), actor, detail));
    }
}
