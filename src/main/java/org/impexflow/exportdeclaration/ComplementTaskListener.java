package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.COMPLEMENT_ANSWER;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.COMPLEMENT_FILES;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/** The answer to a request for complement needs a text; its files must be uploaded and unused. */
@Component("complementTaskListener")
class ComplementTaskListener implements TaskListener {

    private final Attachments attachments;

    ComplementTaskListener(Attachments attachments) {
        this.attachments = attachments;
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
            if (file.isEmpty() || file.get().isLinked()) {
                errors.add(COMPLEMENT_FILES, "pièce jointe inconnue ou déjà utilisée : " + reference);
            }
        }
        errors.throwIfAny("Le complément ne peut pas être envoyé.");
    }
}
