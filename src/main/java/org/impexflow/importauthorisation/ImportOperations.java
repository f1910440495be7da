package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_STATUS;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_STATUS_LABEL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseNumbering;
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

    /**
     * Records an import of {@code quantity} units on {@code importedOn} under the authorisation
     * {@code number}, which must belong to {@code establishmentId}. Refuses with the fields at fault
     * ({@link org.impexflow.validation.InvalidInputException}), storing nothing.
     */
    public ImportBalance record(String number, Long establishmentId, Long quantity, LocalDate importedOn,
            String reference, String actor) {
        ImportAuthorisation authorisation = authorisations.lockByNumber(number)
                .filter(a -> a.getEstablishmentId().equals(establishmentId))
                .orElseThrow(() -> new IllegalArgumentException("Aucune autorisation N° " + number
                        + " pour votre établissement."));
        ImportBalance before = balance(authorisation);
        // the engine's clock, as the timer that expires the authorisation reads it
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
        FieldErrors errors = new FieldErrors();
        if (authorisation.getStatus() != AuthorisationStatus.GRANTED) {
            errors.add(QUANTITY, switch (authorisation.getStatus()) {
                case USED_UP -> "l'autorisation est soldée : la quantité ou le nombre d'opérations autorisés est atteint";
                case EXPIRED -> "l'autorisation a expiré le " + CaseDates.day(authorisation.getValidUntil());
                default -> "aucune importation sans autorisation accordée (statut : "
                        + authorisation.getStatus().label() + ")";
            });
            errors.throwIfAny("Importation refusée, rien n'a été enregistré.");
        }
        LocalDate grantedOn = LocalDate.ofInstant(authorisation.getDecidedAt(), CaseNumbering.PARIS);
        if (importedOn == null) {
            errors.add(IMPORTED_ON, "obligatoire : la date de l'importation");
        } else if (importedOn.isAfter(today)) {
            errors.add(IMPORTED_ON, "date future : enregistrez l'importation une fois faite");
        } else if (importedOn.isBefore(grantedOn)) {
            errors.add(IMPORTED_ON, "antérieure à l'autorisation, accordée le " + CaseDates.day(grantedOn));
        } else if (importedOn.isAfter(authorisation.getValidUntil())) {
            errors.add(IMPORTED_ON, "après la fin de validité de l'autorisation (" 
                    + CaseDates.day(authorisation.getValidUntil()) + ")");
        }
        if (today.isAfter(authorisation.getValidUntil())) {
            errors.add(IMPORTED_ON, "l'autorisation a expiré le " + CaseDates.day(authorisation.getValidUntil()));
        }
        if (quantity == null) {
            errors.add(QUANTITY, "obligatoire : la quantité importée, en " + authorisation.getQuantityUnit());
        } else if (quantity < 1) {
            errors.add(QUANTITY, "doit être positive : " + quantity);
        } else if (quantity > before.remaining()) {
            errors.add(QUANTITY, "dépasse la quantité restant autorisée : " + before.remaining() + " "
                    + authorisation.getQuantityUnit() + " sur " + before.authorised());
        }
        if (before.operationsLeft() == 0) {
            errors.add(QUANTITY, "nombre d'opérations autorisé atteint (" + before.operationsAllowed() + ")");
        }
        String ref = errors.text(REFERENCE, reference, false, 200, null);
        errors.throwIfAny("Importation refusée, rien n'a été enregistré.");

        operations.save(new ImportOperation(authorisation.getId(), quantity, importedOn, ref, Instant.now(), actor));
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
}
