package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Siret;
import org.impexflow.reference.Countries;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The checks that refuse a filing before anything is stored, each naming the field at fault
 * (issue: "missing required fields; unknown country codes; animal-origin substances without an ESB
 * certificate; a DEC that does not refer to an existing validated declaration of the same
 * establishment, or without copies of the earlier declarations").
 */
@Component
class DeclarationChecks {

    static final Pattern NUMBER = Pattern.compile("\\d{4}-\\d{2}-\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Map<String, Integer> MAX_LENGTHS = Map.of(
            MEDICINE_NAME, 300, ACTIVE_SUBSTANCES, 2000, STRENGTH, 200, PHARMACEUTICAL_FORM, 200,
            PRESENTATION, 500, ROUTE_OF_ADMINISTRATION, 200, THERAPEUTIC_INDICATIONS, 4000,
            IMPORTER_NAME, 300, IMPORTER_ADDRESS, 1000, NO_MA_DETAILS, 2000);

    private final Establishments establishments;
    private final Countries countries;
    private final Attachments attachments;
    private final ExportDeclarationRepository declarations;

    DeclarationChecks(Establishments establishments, Countries countries, Attachments attachments,
            ExportDeclarationRepository declarations) {
        this.establishments = establishments;
        this.countries = countries;
        this.attachments = attachments;
        this.declarations = declarations;
    }

    /** A filing that passed the checks: the request, its establishment and its files. */
    record Checked(DeclarationRequest request, Establishment establishment, Map<String, List<FileInput>> files) {
    }

    Checked check(VariableScope variables, String initiator) {
        FieldErrors errors = new FieldErrors();
        Reader in = new Reader(variables, errors);

        DeclarationType type = in.enumValue(DECLARATION_TYPE, DeclarationType.class, true);
        Establishment establishment = establishment(in.text(ESTABLISHMENT_SIRET, false), initiator, errors);
        String declarantEmail = in.text(DECLARANT_EMAIL, false);
        if (declarantEmail == null && initiator != null && EMAIL.matcher(initiator).matches()) {
            declarantEmail = initiator;
        }
        if (declarantEmail == null) {
            errors.add(DECLARANT_EMAIL, "obligatoire : l'adresse e-mail du déclarant qui reçoit l'accusé et les décisions");
        } else if (!EMAIL.matcher(declarantEmail).matches()) {
            errors.add(DECLARANT_EMAIL, "adresse e-mail invalide : " + declarantEmail);
        }

        String medicineName = in.text(MEDICINE_NAME, true);
        String activeSubstances = in.text(ACTIVE_SUBSTANCES, true);
        String strength = in.text(STRENGTH, true);
        String form = in.text(PHARMACEUTICAL_FORM, true);
        String presentation = in.text(PRESENTATION, true);
        String route = in.text(ROUTE_OF_ADMINISTRATION, true);
        String indications = in.text(THERAPEUTIC_INDICATIONS, true);
        Boolean hasAmm = in.bool(HAS_FRENCH_MARKETING_AUTHORISATION);
        String releaseCountry = country(in, RELEASE_COUNTRY, "pays de libération des lots");
        String destinationCountry = country(in, DESTINATION_COUNTRY, "pays de destination");
        String importerName = in.text(IMPORTER_NAME, true);
        String importerAddress = in.text(IMPORTER_ADDRESS, true);
        NoMarketingAuthorisationReason reason = in.enumValue(NO_MA_REASON, NoMarketingAuthorisationReason.class,
                !Boolean.TRUE.equals(hasAmm));
        String reasonDetails = in.text(NO_MA_DETAILS, false);
        if (reason == NoMarketingAuthorisationReason.OTHER && reasonDetails == null) {
            errors.add(NO_MA_DETAILS, "obligatoire quand la raison de l'absence d'AMM est « Autre »");
        }
        Boolean animalOrigin = in.bool(CONTAINS_ANIMAL_ORIGIN);

        Map<String, List<FileInput>> files = new java.util.LinkedHashMap<>();
        for (String field : List.of(ESB_CERTIFICATE, EARLIER_DECLARATION_COPIES, OTHER_DOCUMENTS)) {
            files.put(field, files(variables, field, initiator, errors));
        }
        if (Boolean.TRUE.equals(animalOrigin) && files.get(ESB_CERTIFICATE).isEmpty() && !errors.has(ESB_CERTIFICATE)) {
            errors.add(ESB_CERTIFICATE, "obligatoire : le médicament contient des substances d'origine animale, "
                    + "joignez le certificat au regard du risque ESB");
        }

        List<String> amended = TextLists.split(in.text(AMENDED_DECLARATION_NUMBERS, false));
        if (type == DeclarationType.DEC) {
            checkAmended(amended, establishment, errors);
            if (files.get(EARLIER_DECLARATION_COPIES).isEmpty() && !errors.has(EARLIER_DECLARATION_COPIES)) {
                errors.add(EARLIER_DECLARATION_COPIES,
                        "obligatoire pour une DEC : joignez les copies des déclarations précédentes (DEI et/ou DEC)");
            }
        } else if (type == DeclarationType.DEI && !amended.isEmpty()) {
            errors.add(AMENDED_DECLARATION_NUMBERS, "réservé aux DEC : une DEI ne modifie pas de déclaration antérieure");
        }

        errors.throwIfAny("Déclaration refusée, rien n'a été enregistré.");
        DeclarationRequest request = new DeclarationRequest(type, amended, establishment.getSiret(), declarantEmail,
                medicineName, activeSubstances, strength, form, presentation, route, indications, hasAmm,
                releaseCountry, destinationCountry, importerName, importerAddress, reason, reasonDetails, animalOrigin);
        return new Checked(request, establishment, files);
    }

    private Establishment establishment(String siret, String initiator, FieldErrors errors) {
        Optional<Establishment> own = establishments.ofUser(initiator);
        if (siret == null) {
            if (own.isPresent()) {
                return own.get();
            }
            errors.add(ESTABLISHMENT_SIRET, "obligatoire : le N° SIRET de l'établissement déclarant");
            return null;
        }
        String digits = siret.replace(" ", "");
        if (!Siret.isValid(digits)) {
            errors.add(ESTABLISHMENT_SIRET, "N° SIRET invalide (14 chiffres avec une clé de contrôle) : " + siret);
            return null;
        }
        if (initiator != null) {
            if (own.isEmpty() || !digits.equals(own.get().getSiret())) {
                errors.add(ESTABLISHMENT_SIRET, "le N° SIRET " + digits
                        + " n'est pas celui de l'établissement de votre compte");
                return null;
            }
            return own.get();
        }
        Optional<Establishment> known = establishments.bySiret(digits);
        if (known.isEmpty()) {
            errors.add(ESTABLISHMENT_SIRET, "aucun établissement enregistré sous le N° SIRET " + digits);
            return null;
        }
        return known.get();
    }

    private String country(Reader in, String field, String what) {
        String code = in.text(field, true);
        if (code == null) {
            return null;
        }
        return countries.find(code).map(c -> c.getCode()).orElseGet(() -> {
            in.errors.add(field, "code pays inconnu pour le " + what + " : « " + code
                    + " » (code ISO 3166-1 à deux lettres attendu, par ex. SN)");
            return null;
        });
    }

    private void checkAmended(List<String> numbers, Establishment establishment, FieldErrors errors) {
        if (numbers.isEmpty()) {
            errors.add(AMENDED_DECLARATION_NUMBERS,
                    "obligatoire pour une DEC : les numéros des déclarations qu'elle modifie (ex. 2026-03-0012)");
            return;
        }
        for (String number : numbers) {
            if (!NUMBER.matcher(number).matches()) {
                errors.add(AMENDED_DECLARATION_NUMBERS, "numéro mal formé : " + number + " (format AAAA-MM-NNNN)");
                continue;
            }
            Optional<ExportDeclaration> earlier = declarations.findByNumber(number);
            if (earlier.isEmpty() || establishment == null
                    || !earlier.get().getEstablishmentId().equals(establishment.getId())) {
                errors.add(AMENDED_DECLARATION_NUMBERS,
                        "la déclaration " + number + " n'existe pas pour votre établissement");
            } else if (earlier.get().getStatus() != DeclarationStatus.VALIDATED) {
                errors.add(AMENDED_DECLARATION_NUMBERS, "la déclaration " + number + " n'est pas validée (statut : "
                        + earlier.get().getStatus().label() + ")");
            }
        }
    }

    private List<FileInput> files(VariableScope variables, String field, String initiator, FieldErrors errors) {
        TypedValue value = variables.getVariableTyped(field);
        if (value == null || value.getValue() == null) {
            return List.of();
        }
        if (value instanceof FileValue file) {
            byte[] content = content(file);
            if (content.length == 0) {
                errors.add(field, "fichier vide : " + file.getFilename());
            } else if (content.length > Attachments.MAX_SIZE) {
                errors.add(field, "fichier trop volumineux (20 Mo au plus) : " + file.getFilename());
            }
            return List.of(new FileInput.Inline(file.getFilename(), file.getMimeType(), content));
        }
        if (!(value.getValue() instanceof String text)) {
            errors.add(field, "fichier (type File) ou référence de pièce jointe (PJ-XXXX-XXXX) attendu");
            return List.of();
        }
        List<FileInput> inputs = new ArrayList<>();
        for (String reference : TextLists.split(text)) {
            Optional<Attachment> uploaded = attachments.byReference(reference);
            if (uploaded.isEmpty() || uploaded.get().isLinked()
                    || (initiator != null && !initiator.equals(uploaded.get().getOwnerUserId()))) {
                errors.add(field, "pièce jointe inconnue ou déjà utilisée : " + reference
                        + " (déposez le fichier sur la page Pièces jointes et recopiez sa référence)");
            } else {
                inputs.add(new FileInput.Uploaded(uploaded.get().getReference()));
            }
        }
        return inputs;
    }

    private static byte[] content(FileValue file) {
        if (file.getValue() == null) {
            return new byte[0];
        }
        try (var in = file.getValue()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + file.getFilename(), e);
        }
    }

    /** Reads variables as text, booleans and enums, noting what is missing or malformed. */
    private static final class Reader {
        private final VariableScope variables;
        private final FieldErrors errors;

        Reader(VariableScope variables, FieldErrors errors) {
            this.variables = variables;
            this.errors = errors;
        }

        String text(String field, boolean required) {
            Object value = variables.getVariable(field);
            String text = value == null ? null : value.toString().strip();
            if (text == null || text.isEmpty()) {
                if (required) {
                    errors.add(field, "obligatoire");
                }
                return null;
            }
            Integer max = MAX_LENGTHS.get(field);
            if (max != null && text.length() > max) {
                errors.add(field, "trop long (" + max + " caractères au plus)");
            }
            return text;
        }

        Boolean bool(String field) {
            Object value = variables.getVariable(field);
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                return Boolean.valueOf(s);
            }
            errors.add(field, value == null ? "obligatoire (oui ou non)" : "oui ou non attendu (true/false) : " + value);
            return null;
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
            String text = text(field, required);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(field, "valeur inconnue « " + text + " » (valeurs admises : "
                        + Arrays.toString(type.getEnumConstants()) + ")");
                return null;
            }
        }
    }
}
