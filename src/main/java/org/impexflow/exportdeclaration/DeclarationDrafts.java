package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.engine.EngineIdentity;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Declarations "En brouillon": prepared on the declarant's pages, saved as often as needed, numbered in their
 * own series when first saved ({@link #NUMBER_SERIES}), listed in the establishment's home table and never seen
 * by ANSM (they are neither process instances nor cases of the register), then filed (the same start of the
 * export-declaration process as in Tasklist or through the API, the case taking the register's next number) or
 * discarded.
 */
@Service
public class DeclarationDrafts {

    /** The fields of a draft: the start form's variables, with the longest value each may hold. */
    public static final Map<String, Integer> TEXT_FIELDS = texts();
    /** The drafts' own series of numbers: BR-YYYY-MM-NNNN ("brouillon"), apart from the register's. */
    public static final String NUMBER_SERIES = "BR";
    public static final List<String> YES_NO_FIELDS = List.of(HAS_FRENCH_MARKETING_AUTHORISATION,
            CONTAINS_ANIMAL_ORIGIN);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeclarationDraftRepository drafts;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final TransactionTemplate transaction;
    private final DeclarationRegister register;
    private final ValidatedCopies validatedCopies;
    private final org.impexflow.attachment.Attachments attachments;
    private final CaseNumbering numbering;

    DeclarationDrafts(DeclarationDraftRepository drafts, RuntimeService runtimeService,
            IdentityService identityService, PlatformTransactionManager transactionManager,
            DeclarationRegister register, ValidatedCopies validatedCopies,
            org.impexflow.attachment.Attachments attachments, CaseNumbering numbering) {
        this.drafts = drafts;
        this.numbering = numbering;
        this.register = register;
        this.validatedCopies = validatedCopies;
        this.attachments = attachments;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    private static Map<String, Integer> texts() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put(DECLARATION_TYPE, 3);
        fields.put(AMENDED_DECLARATION_NUMBERS, 500);
        fields.put(MEDICINE_NAME, 300);
        fields.put(ACTIVE_SUBSTANCES, 2000);
        fields.put(STRENGTH, 200);
        fields.put(PHARMACEUTICAL_FORM, 200);
        fields.put(PRESENTATION, 500);
        fields.put(ROUTE_OF_ADMINISTRATION, 200);
        fields.put(THERAPEUTIC_INDICATIONS, 4000);
        fields.put(RELEASE_COUNTRY, 2);
        fields.put(DESTINATION_COUNTRY, 2);
        fields.put(IMPORTER_NAME, 300);
        fields.put(IMPORTER_ADDRESS, 1000);
        fields.put(NO_MA_REASON, 20);
        fields.put(NO_MA_DETAILS, 2000);
        fields.put(FIRST_EXPORT_DATE, 10);
        fields.put(FIRST_EXPORT_EXPLANATION, 2000);
        fields.put(MANUFACTURER_NAME, 300);
        fields.put(MANUFACTURER_ADDRESS, 1000);
        fields.put(MANUFACTURER_COUNTRY, 2);
        fields.put(RELEASE_SITE_NAME, 300);
        fields.put(RELEASE_SITE_ADDRESS, 1000);
        fields.put(GMP_REFERENCE, 100);
        fields.put(ESB_CERTIFICATE, 200);
        fields.put(GMP_CERTIFICATE, 200);
        fields.put(EARLIER_DECLARATION_COPIES, 500);
        fields.put(OTHER_DOCUMENTS, 500);
        return Map.copyOf(fields);
    }

    public List<DeclarationDraft> ofEstablishment(Long establishmentId) {
        return drafts.findByEstablishmentIdOrderByUpdatedAtDesc(establishmentId);
    }

    /** The draft, if it belongs to that establishment. */
    public Optional<DeclarationDraft> find(Long id, Long establishmentId) {
        return drafts.findById(id).filter(d -> d.getEstablishmentId().equals(establishmentId));
    }

    public Map<String, String> fields(DeclarationDraft draft) {
        try {
            return JSON.readValue(draft.getContent(), new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Draft " + draft.getId() + " is not readable", e);
        }
    }

    /**
     * Saves what was typed, complete or not; refuses only values longer than their field allows.
     *
     * @param id the draft to update, or null for a new one
     */
    public DeclarationDraft save(Long id, Long establishmentId, String userId, Map<String, String> typed) {
        Map<String, String> fields = clean(typed);
        return transaction.execute(status -> {
            Instant now = Instant.now();
            DeclarationDraft draft = id == null ? new DeclarationDraft(establishmentId, userId, now)
                    : find(id, establishmentId).orElseThrow(() -> new IllegalArgumentException("No draft " + id));
            if (draft.getNumber() == null) {
                draft.numbered(numbering.next(NUMBER_SERIES, now.atZone(CaseNumbering.PARIS)));
            }
            try {
                draft.update(fields.getOrDefault(DECLARATION_TYPE, "DEI"), fields.get(MEDICINE_NAME),
                        fields.get(STRENGTH), fields.get(PHARMACEUTICAL_FORM), JSON.writeValueAsString(fields), now);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return drafts.save(draft);
        });
    }

    /**
     * "Déclarer une modification": a DEC draft prefilled with the version in force of the chain that
     * {@code number} belongs to, referring to it, with a copy of its validated PDF attached.
     *
     * @return empty when the establishment has no version in force for that number
     */
    public Optional<DeclarationDraft> amend(String number, Long establishmentId, String userId) {
        return transaction.execute(status -> register.versionInForce(number)
                .filter(d -> d.getEstablishmentId().equals(establishmentId)).map(inForce -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put(DECLARATION_TYPE, "DEC");
                    fields.put(AMENDED_DECLARATION_NUMBERS, inForce.getNumber());
                    fields.put(MEDICINE_NAME, inForce.getMedicineName());
                    fields.put(ACTIVE_SUBSTANCES, inForce.getActiveSubstances());
                    fields.put(STRENGTH, inForce.getStrength());
                    fields.put(PHARMACEUTICAL_FORM, inForce.getPharmaceuticalForm());
                    fields.put(PRESENTATION, inForce.getPresentation());
                    fields.put(ROUTE_OF_ADMINISTRATION, inForce.getRouteOfAdministration());
                    fields.put(THERAPEUTIC_INDICATIONS, inForce.getTherapeuticIndications());
                    fields.put(HAS_FRENCH_MARKETING_AUTHORISATION,
                            String.valueOf(inForce.isHasFrenchMarketingAuthorisation()));
                    fields.put(RELEASE_COUNTRY, inForce.getReleaseCountry());
                    fields.put(DESTINATION_COUNTRY, inForce.getDestinationCountry());
                    fields.put(IMPORTER_NAME, inForce.getImporterName());
                    fields.put(IMPORTER_ADDRESS, inForce.getImporterAddress());
                    if (inForce.getNoMarketingAuthorisationReason() != null) {
                        fields.put(NO_MA_REASON, inForce.getNoMarketingAuthorisationReason().name());
                    }
                    if (inForce.getNoMarketingAuthorisationDetails() != null) {
                        fields.put(NO_MA_DETAILS, inForce.getNoMarketingAuthorisationDetails());
                    }
                    fields.put(CONTAINS_ANIMAL_ORIGIN, String.valueOf(inForce.isContainsAnimalOriginSubstances()));
                    // manufacture as declared before (none for a declaration registered before it was asked);
                    // the first export's date is the DEC's own, to be typed
                    putIfAny(fields, MANUFACTURER_NAME, inForce.getManufacturerName());
                    putIfAny(fields, MANUFACTURER_ADDRESS, inForce.getManufacturerAddress());
                    putIfAny(fields, MANUFACTURER_COUNTRY, inForce.getManufacturerCountry());
                    putIfAny(fields, RELEASE_SITE_NAME, inForce.getReleaseSiteName());
                    putIfAny(fields, RELEASE_SITE_ADDRESS, inForce.getReleaseSiteAddress());
                    putIfAny(fields, GMP_REFERENCE, inForce.getGmpReference());
                    fields.put(EARLIER_DECLARATION_COPIES, attachments.store(userId,
                            "Copie-" + inForce.getNumber() + ".pdf", DeclarationMails.PDF,
                            validatedCopies.content(inForce)).getReference());
                    return save(null, establishmentId, userId, fields);
                }));
    }

    private static void putIfAny(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    /** Deletes the draft if it belongs to that establishment; false if there is no such draft of it. */
    public boolean discard(Long id, Long establishmentId) {
        Optional<DeclarationDraft> draft = find(id, establishmentId);
        draft.ifPresent(drafts::delete);
        return draft.isPresent();
    }

    /**
     * Files the draft: saves it first (nothing typed is lost if the filing is refused), then starts the
     * process as the declarant and removes the draft in the same transaction.
     *
     * @return the number of the registered declaration, or empty when no declaration is required
     * @throws Refused naming the fields at fault; the draft stays, saved
     */
    public Filed file(Long id, Long establishmentId, String establishmentSiret, String userId, List<String> groups,
            Map<String, String> typed) {
        DeclarationDraft draft = save(id, establishmentId, userId, typed);
        Map<String, Object> variables = variables(fields(draft));
        variables.put(ESTABLISHMENT_SIRET, establishmentSiret);
        variables.put(DECLARANT_EMAIL, userId);
        ProcessInstance filed;
        try {
            filed = transaction.execute(status -> EngineIdentity.as(identityService, userId, groups, () -> {
                ProcessInstance pi = runtimeService.startProcessInstanceByKey(ExportDeclarationProcess.KEY,
                        variables);
                drafts.deleteById(draft.getId());
                return pi;
            }));
        } catch (InvalidInputException refused) {
            throw new Refused(draft.getId(), refused);
        }
        return new Filed(draft.getId(), Optional.ofNullable(filed.getBusinessKey()));
    }

    /** A filing refused by the checks; the draft {@link #draftId()} keeps what was typed. */
    public static class Refused extends InvalidInputException {

        private final Long draftId;

        Refused(Long draftId, InvalidInputException cause) {
            super(cause.getMessage(), cause.errors());
            this.draftId = draftId;
        }

        public Long draftId() {
            return draftId;
        }
    }

    /** The outcome of a filing: the draft that was filed and the number, if a declaration was registered. */
    public record Filed(Long draftId, Optional<String> number) {
    }

    private static Map<String, String> clean(Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<FieldError> tooLong = new java.util.ArrayList<>();
        TEXT_FIELDS.forEach((name, max) -> {
            String value = typed.get(name);
            if (value != null && !value.isBlank()) {
                value = value.strip().replace("\r\n", "\n");
                if (value.length() > max) {
                    tooLong.add(new FieldError(name, "Au plus " + max + " caractères."));
                }
                fields.put(name, value);
            }
        });
        for (String name : YES_NO_FIELDS) {
            String value = typed.get(name);
            if ("true".equals(value) || "false".equals(value)) {
                fields.put(name, value);
            }
        }
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException("Brouillon trop long", tooLong);
        }
        return fields;
    }

    private static Map<String, Object> variables(Map<String, String> fields) {
        Map<String, Object> variables = new HashMap<>();
        fields.forEach((name, value) -> variables.put(name,
                YES_NO_FIELDS.contains(name) ? (Object) Boolean.valueOf(value) : value));
        return variables;
    }
}
