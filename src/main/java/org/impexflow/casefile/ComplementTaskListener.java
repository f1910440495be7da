package org.impexflow.casefile;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishments;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The task "Fournir le complément" of every process that asks for one: the answer needs a text, and its
 * files must be uploaded, unused, and by the person answering or an account of their establishment. The processes name these two variables alike.
 */
@Component("complementTaskListener")
public class ComplementTaskListener implements TaskListener {

    /** The declarant's answer (text). */
    public static final String COMPLEMENT_ANSWER = "complementAnswer";
    /** References of the files that come with the answer. */
    public static final String COMPLEMENT_FILES = "complementFiles";

    private final Attachments attachments;
    private final Establishments establishments;

    ComplementTaskListener(Attachments attachments, Establishments establishments) {
        this.attachments = attachments;
        this.establishments = establishments;
    }

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        Object answer = task.getVariable(COMPLEMENT_ANSWER);
        if (answer == null || answer.toString().isBlank()) {
            errors.add(COMPLEMENT_ANSWER, "obligatoire : votre réponse à la demande de complément");
        }
        for (String reference : TextLists.split(task.getVariable(COMPLEMENT_FILES))) {
            Optional<Attachment> file = attachments.byReference(reference);
            if (file.isEmpty() || file.get().isLinked() || !uploadedByTheAnswerersEstablishment(file.get())) {
                errors.add(COMPLEMENT_FILES, "pièce jointe inconnue ou déjà utilisée : " + reference);
            }
        }
        errors.throwIfAny("Le complément ne peut pas être envoyé.");
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
