package org.impexflow.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.attachment.RefusedFileException;
import org.impexflow.establishment.Establishments;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The task "Fournir le complément" of every process that asks for one: the answer needs a text, and its
 * files must be uploaded, unused, and by the person answering or an account of their establishment, or
 * sent with the completion as a File variable of a type the field takes. The processes name these two
 * variables alike.
 */
@Component("complementTaskListener")
public record ComplementTaskListener(Attachments attachments, Establishments establishments)
        implements TaskListener {

    /** The declarant's answer (text). */
    public static final String COMPLEMENT_ANSWER = "complementAnswer";
    /** References of the files that come with the answer. */
    public static final String COMPLEMENT_FILES = "complementFiles";

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        Object answer = task.getVariable(COMPLEMENT_ANSWER);
        if (task.getVariableTyped(COMPLEMENT_ANSWER) instanceof FileValue) {
            errors.add(COMPLEMENT_ANSWER, "un texte est attendu, pas un fichier");
        } else if (answer == null || answer.toString().isBlank()) {
            errors.add(COMPLEMENT_ANSWER, "obligatoire : votre réponse à la demande de complément");
        }
        if (task.getVariableTyped(COMPLEMENT_FILES) instanceof FileValue file) {
            storeSent(task, file, errors);
            errors.throwIfAny("Le complément ne peut pas être envoyé.");
            return;
        }
        for (String reference : TextLists.split(task.getVariable(COMPLEMENT_FILES))) {
            Optional<Attachment> file = attachments.byReference(reference);
            if (file.isEmpty() || file.get().isLinked() || !uploadedByTheAnswerersEstablishment(file.get())) {
                errors.add(COMPLEMENT_FILES, "pièce jointe inconnue ou déjà utilisée : " + reference);
            }
        }
        errors.throwIfAny("Le complément ne peut pas être envoyé.");
    }

    /**
     * A file sent with the completion through {@code /engine-rest} (a File variable): checked and stored
     * as an upload of the person answering, the variable then holds its reference. Refused naming the
     * field; the completion then rolls back, nothing is stored, not even the engine's copy of the variable.
     */
    private void storeSent(DelegateTask task, FileValue file, FieldErrors errors) {
        byte[] content;
        try (InputStream in = file.getValue()) {
            content = in == null ? new byte[0] : in.readNBytes((int) Attachments.MAX_SIZE + 1);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file.getFilename(), e);
        }
        try {
            Attachment stored = attachments.upload(CaseActor.current(), COMPLEMENT_FILES, file.getFilename(), content,
                    FileFields.allowed(COMPLEMENT_FILES));
            task.setVariable(COMPLEMENT_FILES, stored.getReference());
        } catch (RefusedFileException refused) {
            errors.add(COMPLEMENT_FILES, refused.detail());
        }
    }

    /** A file joins the answer when the person answering, or an account of their establishment, uploaded it. */
    private boolean uploadedByTheAnswerersEstablishment(Attachment file) {
        String answerer = CaseActor.current();
        String owner = file.getOwnerUserId();
        if (owner == null) {
            return false;
        }
        if (owner.equals(answerer)) {
            return true;
        }
        Optional<Long> own = establishments.ofUser(answerer).map(e -> e.getId());
        return own.isPresent() && establishments.ofUser(owner).map(e -> e.getId()).equals(own);
    }
}
