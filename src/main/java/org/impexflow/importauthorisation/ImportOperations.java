package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_STATUS;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_STATUS_LABEL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.reference.Languages;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imports made under a granted authorisation and what remains of it. An import is refused when it
 * would exceed the quantity authorised or the operations allowed (one for a single import), when it is
 * dated outside the validity, or in the future. When nothing remains, the authorisation is "Soldée"
 * and its process ends, in the same transaction.
 */
@Service
@Transactional
public class ImportOperations {

    /** Field names of an import, as the page and the messages name them. */
    public static final String QUANTITY = "quantity";
    public static final String IMPORTED_ON = "importedOn";
    public static final String REFERENCE = "reference";
    static final int MAX_REFERENCE = 200;

    private final ImportAuthorisationRepository authorisations;
    private final ImportOperationRepository operations;
    private final AuthorisationRegister register;
    private final RuntimeService runtimeService;

    ImportOperations(ImportAuthorisationRepository authorisations, ImportOperationRepository operations,
            AuthorisationRegister register, RuntimeService runtimeService) {
        this.authorisations = authorisations;
        this.operations = operations;
        this.register = register;
        this.runtimeService = runtimeService;
    }

    @Transactional(readOnly = true)
    public ImportBalance balance(ImportAuthorisation authorisation) {
        List<ImportOperation> made = operations.findByAuthorisationIdOrderByImportedOnAscIdAsc(authorisation.getId());
        long imported = made.stream().mapToLong(ImportOperation::getQuantity).sum();
        return new ImportBalance(authorisation.getQuantity(), imported, authorisation.getPlannedOperations(), made,
                authorisation.getValidUntil());
    }

    /** {@link #record(String, Long, Long, LocalDate, String, String, Locale)} with its refusals in French. */
    public ImportBalance record(String number, Long establishmentId, Long quantity, LocalDate importedOn,
            String reference, String actor) {
        return record(number, establishmentId, quantity, importedOn, reference, actor, Locale.FRENCH);
    }

    /**
     * Records an import of {@code quantity} units on {@code importedOn} under the authorisation
     * {@code number}, which must belong to {@code establishmentId}. Refuses with the fields at fault
     * ({@link org.impexflow.validation.InvalidInputException}), in {@code language}, storing nothing.
     */
    public ImportBalance record(String number, Long establishmentId, Long quantity, LocalDate importedOn,
            String reference, String actor, Locale language) {
        return record(number, establishmentId, quantity, importedOn, reference, actor, language, null);
    }

    /**
     * The same, from a page whose random token is {@code submission}: the page sent twice (a double click) records
     * one import, the second waiting for the authorisation's row that the first holds, then finding the import
     * recorded and answering the balance as it is.
     */
    public ImportBalance record(String number, Long establishmentId, Long quantity, LocalDate importedOn,
            String reference, String actor, Locale language, String submission) {
        ImportAuthorisation authorisation = authorisations.lockByNumber(number)
                .filter(a -> a.getEstablishmentId().equals(establishmentId))
                .orElseThrow(() -> new IllegalArgumentException("Aucune autorisation N° " + number
                        + " pour votre établissement."));
        if (submission != null
                && operations.existsByAuthorisationIdAndSubmissionToken(authorisation.getId(), submission)) {
            return balance(authorisation);
        }
        ImportBalance before = balance(authorisation);
        // the engine's clock, as the timer that expires the authorisation reads it
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
        String validUntil = CaseDates.day(authorisation.getValidUntil());
        String unit = authorisation.getQuantityUnit();
        FieldErrors errors = new FieldErrors();
        if (authorisation.getStatus() != AuthorisationStatus.GRANTED) {
            errors.add(QUANTITY, switch (authorisation.getStatus()) {
                case USED_UP -> text(language, "usedUp");
                case EXPIRED -> text(language, "expired", validUntil);
                default -> text(language, "notGranted", authorisation.getStatus().label(language));
            });
            errors.throwIfAny(text(language, "refused"));
        }
        LocalDate grantedOn = LocalDate.ofInstant(authorisation.getDecidedAt(), CaseNumbering.PARIS);
        if (importedOn == null) {
            errors.add(IMPORTED_ON, text(language, "dateMissing"));
        } else if (importedOn.isAfter(today)) {
            errors.add(IMPORTED_ON, text(language, "dateFuture"));
        } else if (importedOn.isBefore(grantedOn)) {
            errors.add(IMPORTED_ON, text(language, "beforeGrant", CaseDates.day(grantedOn)));
        } else if (importedOn.isAfter(authorisation.getValidUntil())) {
            errors.add(IMPORTED_ON, text(language, "afterValidity", validUntil));
        }
        if (today.isAfter(authorisation.getValidUntil())) {
            errors.add(IMPORTED_ON, text(language, "expired", validUntil));
        }
        if (quantity == null) {
            errors.add(QUANTITY, text(language, "quantityMissing", unit));
        } else if (quantity < 1) {
            errors.add(QUANTITY, text(language, "notPositive", String.valueOf(quantity)));
        } else if (quantity > before.remaining()) {
            errors.add(QUANTITY, text(language, "overRemaining", String.valueOf(before.remaining()), unit,
                    String.valueOf(before.authorised())));
        }
        if (before.operationsLeft() == 0) {
            errors.add(QUANTITY, text(language, "operationsReached", String.valueOf(before.operationsAllowed())));
        }
        String stripped = reference == null ? "" : reference.strip();
        String ref = null;
        if (stripped.length() > MAX_REFERENCE) {
            errors.add(REFERENCE, text(language, "referenceTooLong", String.valueOf(MAX_REFERENCE)));
        } else {
            ref = errors.text(REFERENCE, reference, false, MAX_REFERENCE, null);
        }
        errors.throwIfAny(text(language, "refused"));

        operations.save(new ImportOperation(authorisation.getId(), quantity, importedOn, ref, Instant.now(), actor)
                .submittedAs(submission));
        ImportBalance after = balance(authorisation);
        register.record(authorisation, AuthorisationEventKind.IMPORT_RECORDED, null, actor, quantity + " "
                + authorisation.getQuantityUnit() + " le " + CaseDates.day(importedOn)
                + (ref == null ? "" : " (" + ref + ")")
                + " – reste " + after.remaining());
        if (after.usedUp()) {
            register.changeStatus(authorisation.getId(), AuthorisationStatus.USED_UP, AuthorisationEventKind.USED_UP,
                    actor, after.imported() + " " + authorisation.getQuantityUnit() + " importées en "
                            + after.operationsMade() + " opération(s)");
            runtimeService.createMessageCorrelation(ImportAuthorisationProcess.MESSAGE_USED_UP)
                    .processInstanceBusinessKey(authorisation.getNumber())
                    .setVariables(Map.of(AUTHORISATION_STATUS, AuthorisationStatus.USED_UP.name(),
                            AUTHORISATION_STATUS_LABEL, AuthorisationStatus.USED_UP.label()))
                    .correlateAll();
        }
        return after;
    }

    /** A refusal of an import in a language: {@code ai.import.<key>} of the messages files. */
    private static String text(Locale language, String key, Object... arguments) {
        return Languages.text(language, "ai.import." + key, arguments);
    }
}
