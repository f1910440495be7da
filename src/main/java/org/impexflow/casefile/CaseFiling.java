package org.impexflow.casefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.impexflow.access.StartIdentity;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.attachment.FileType;
import org.impexflow.attachment.FileTypes;
import org.impexflow.attachment.RefusedFileException;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Siret;
import org.impexflow.reference.Countries;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * What every filing checks the same way, whatever the kind of case: the filing establishment, the
 * declarant's e-mail address, country codes and attached files. Each check names the variable at
 * fault in the {@link FieldErrors} of the filing.
 */
@Component
public record CaseFiling(Establishments establishments, Countries countries, Attachments attachments) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * The establishment that files: the one of the initiator's account (a SIRET given must be its
     * own), or for a filing that ANSM support enters on an establishment's behalf (mail intake,
     * {@link StartIdentity#onBehalf}), the one registered under the SIRET. The initiator is the
     * authenticated person or API account, set by the system ({@link StartIdentity}).
     */
    public Establishment establishment(String field, String siret, String initiator, FieldErrors errors) {
        if (initiator == null && StartIdentity.onBehalfAgent().isEmpty()) {
            errors.add(field, "aucune personne ni aucun compte API authentifié pour ce dépôt");
            return null;
        }
        Optional<Establishment> own = establishments.ofUser(initiator);
        if (siret == null) {
            if (own.isPresent()) {
                return own.get();
            }
            errors.add(field, "obligatoire : le N° SIRET de l'établissement déclarant");
            return null;
        }
        String digits = siret.replace(" ", "");
        if (!Siret.isValid(digits)) {
            errors.add(field, "N° SIRET invalide (14 chiffres avec une clé de contrôle) : " + siret);
            return null;
        }
        if (initiator != null) {
            if (own.isEmpty() || !digits.equals(own.get().getSiret())) {
                errors.add(field, "le N° SIRET " + digits + " n'est pas celui de l'établissement de votre compte");
                return null;
            }
            return own.get();
        }
        Optional<Establishment> known = establishments.bySiret(digits);
        if (known.isEmpty()) {
            errors.add(field, "aucun établissement enregistré sous le N° SIRET " + digits);
            return null;
        }
        return known.get();
    }

    /**
     * The address that receives the acknowledgement and the decisions: given, else the initiator's. A person
     * or an API account that files names itself or an account of the filing establishment: the mails carry
     * what the filer wrote, and the requests for complement go to that account; only a filing that ANSM
     * support enters from a mail (no initiator) names an address without an account.
     */
    public String declarantEmail(CaseInput in, String field, String initiator, Establishment establishment) {
        String email = in.text(field, false);
        if (email == null && initiator != null && EMAIL.matcher(initiator).matches()) {
            email = initiator;
        }
        if (email == null) {
            in.errors().add(field, "obligatoire : l'adresse e-mail du déclarant qui reçoit l'accusé et les décisions");
        } else if (!EMAIL.matcher(email).matches()) {
            in.errors().add(field, "adresse e-mail invalide : " + email);
        } else if (initiator != null && establishment != null && !email.equalsIgnoreCase(initiator)
                && !isAccountOf(email, establishment)) {
            in.errors().add(field, email + " n'est pas l'adresse d'un compte de l'établissement " + establishment.getName()
                    + " : l'accusé et les décisions ne sont adressés qu'aux comptes de l'établissement déclarant"
                    + " (laissez le champ vide pour les recevoir vous-même)");
        }
        return email;
    }

    private boolean isAccountOf(String email, Establishment establishment) {
        return establishments.membership(email.toLowerCase(Locale.ROOT))
                .filter(m -> m.getEstablishmentId().equals(establishment.getId())).isPresent();
    }

    /** A required ISO 3166-1 alpha-2 code; {@code what} names it in the message, e.g. "pays d'origine". */
    public String country(CaseInput in, String field, String what) {
        String code = in.text(field, true);
        if (code == null) {
            return null;
        }
        return countries.find(code).map(c -> c.getCode()).orElseGet(() -> {
            in.errors().add(field, "code pays inconnu pour le " + what + " : « " + code
                    + " » (code ISO 3166-1 à deux lettres attendu, par ex. SN)");
            return null;
        });
    }

    /**
     * The files of a variable: a File variable sent with the call, of a type the field takes by its
     * content ({@link FileFields}), or references of files uploaded beforehand, of such a type, not yet used, by an account of the filing establishment (or, for a filing entered
     * on an establishment's behalf, by the agent who enters it).
     */
    private List<FileInput> files(VariableScope variables, String field, String initiator, Establishment establishment,
            FieldErrors errors) {
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
            } else {
                try {
                    FileType type = FileTypes.check(field, file.getFilename(), content, FileFields.allowed(field));
                    return List.of(new FileInput.Inline(file.getFilename(), type.mediaType(), content));
                } catch (RefusedFileException refused) {
                    errors.add(field, refused.detail());
                }
            }
            return List.of();
        }
        if (!(value.getValue() instanceof String text)) {
            errors.add(field, "fichier (type File) ou référence de pièce jointe (PJ-XXXX-XXXX) attendu");
            return List.of();
        }
        List<FileInput> inputs = new ArrayList<>();
        for (String reference : TextLists.split(text)) {
            Optional<Attachment> uploaded = attachments.byReference(reference);
            if (uploaded.isEmpty() || uploaded.get().isLinked()
                    || !uploadedForThisFiling(uploaded.get(), initiator, establishment)) {
                errors.add(field, "pièce jointe inconnue ou déjà utilisée : " + reference
                        + " (déposez le fichier sur la page Pièces jointes et recopiez sa référence)");
            } else if (!takes(field, uploaded.get())) {
                errors.add(field, "la pièce jointe " + uploaded.get().getReference() + " (« "
                        + uploaded.get().getFileName() + " ») n'est pas acceptée ici ; ce champ prend : "
                        + FileType.labels(FileFields.allowed(field)));
            } else {
                inputs.add(new FileInput.Uploaded(uploaded.get().getReference()));
            }
        }
        return inputs;
    }

    /**
     * The files of a filing's file fields ({@link #files} for each, in their order). An uploaded file given
     * in two fields is refused on the later one naming its reference: a file is joined to a case once, under
     * one kind (the ESB certificate given again as another document was joined as the latter). Given twice in
     * one field, it is taken once ({@code TextLists.split} keeps one of each).
     */
    public Map<String, List<FileInput>> files(VariableScope variables, List<String> fields, String initiator,
            Establishment establishment, FieldErrors errors) {
        Map<String, List<FileInput>> files = new LinkedHashMap<>();
        Set<String> given = new HashSet<>();
        for (String field : fields) {
            List<FileInput> inputs = new ArrayList<>();
            for (FileInput input : files(variables, field, initiator, establishment, errors)) {
                if (input instanceof FileInput.Uploaded uploaded && !given.add(uploaded.reference())) {
                    errors.add(field, "la pièce jointe " + uploaded.reference() + " est donnée deux fois : "
                            + "un fichier n'est joint qu'une fois à un dossier ; déposez-en une copie s'il sert à "
                            + "deux titres");
                } else {
                    inputs.add(input);
                }
            }
            files.put(field, inputs);
        }
        return files;
    }

    /** An uploaded file's stored type (found by its content at upload) is one the field takes. */
    private static boolean takes(String field, Attachment attachment) {
        return FileFields.allowed(field).stream().anyMatch(t -> t.mediaType().equals(attachment.getContentType()));
    }

    private boolean uploadedForThisFiling(Attachment attachment, String initiator, Establishment establishment) {
        String owner = attachment.getOwnerUserId();
        if (owner == null) {
            return false;
        }
        if (initiator == null) {
            return StartIdentity.onBehalfAgent().filter(owner::equals).isPresent();
        }
        return owner.equals(initiator) || (establishment != null && establishments.ofUser(owner)
                .filter(e -> e.getId().equals(establishment.getId())).isPresent());
    }

    /**
     * The stored attachment of a checked file: the uploaded one, or the file sent with the call, stored now
     * with the type found by its content ({@link #files}) and its SHA-256.
     */
    public Attachment stored(FileInput input, String initiator) {
        if (input instanceof FileInput.Uploaded uploaded) {
            return attachments.byReference(uploaded.reference()).orElseThrow();
        }
        FileInput.Inline file = (FileInput.Inline) input;
        return attachments.store(initiator, file.fileName(), file.mimeType(), file.content());
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
}
