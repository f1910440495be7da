package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.impexflow.access.StartIdentity;
import org.impexflow.attachment.Attachments;
import org.impexflow.attachment.RefusedFileException;
import org.impexflow.casefile.FileFields;
import org.impexflow.establishment.Establishment;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * Files a declaration received by e-mail: the export-declaration process starts, in the same
 * transaction, for the establishment of the SIRET and with the sender as declarant; the checks are the
 * same (a refusal names the fields and stores nothing), the received files join the attachments, and
 * the case history says who entered it and from which mail.
 */
@Component
record FileReceivedDeclarationDelegate(
        RuntimeService runtimeService,
        IdentityService identityService,
        DeclarationRegister register,
        Attachments attachments,
        MailedEstablishments mailedEstablishments) implements JavaDelegate {

    /** The start form's fields, as a draft holds them, and the SIRET; the other documents are merged below. */
    private static final List<String> FORWARDED = Stream.of(DeclarationDrafts.TEXT_FIELDS.keySet().stream()
            .filter(name -> !name.equals(OTHER_DOCUMENTS)), DeclarationDrafts.YES_NO_FIELDS.stream(),
            Stream.of(ESTABLISHMENT_SIRET)).flatMap(names -> names).toList();

    /**
     * The references of the files received: as typed, or for a file sent with the start through
     * {@code /engine-rest} (a File variable), the reference of that file, checked by its content and
     * stored as the agent's upload; refused naming the field, and then nothing is stored.
     */
    private Object receivedFiles(DelegateExecution execution, String agentId) {
        String field = MailIntakeProcess.Vars.RECEIVED_FILES;
        if (!(execution.getVariableTyped(field) instanceof FileValue file)) {
            return execution.getVariable(field);
        }
        FieldErrors errors = new FieldErrors();
        try (InputStream in = file.getValue()) {
            byte[] content = in == null ? new byte[0] : in.readNBytes((int) Attachments.MAX_SIZE + 1);
            String reference = attachments.upload(agentId, field, file.getFilename(), content,
                    FileFields.allowed(field)).getReference();
            execution.setVariable(field, reference);
            return reference;
        } catch (RefusedFileException refused) {
            errors.add(field, refused.detail());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file.getFilename(), e);
        }
        errors.throwIfAny("La déclaration reçue ne peut pas être déposée.");
        return null;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : FORWARDED) {
            Object value = execution.getVariable(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        String sender = (String) execution.getVariable(MailIntakeProcess.Vars.SENDER_EMAIL);
        // an establishment without an account yet: support registers it here; its contact is the declarant
        Optional<Establishment> registered = mailedEstablishments.registerIfUnknown(execution);
        execution.setVariable(MailIntakeProcess.Vars.ESTABLISHMENT_REGISTERED, registered.isPresent());
        variables.put(DECLARANT_EMAIL, registered.map(Establishment::getInvitedContactEmail).orElse(sender));
        variables.put(ExportDeclarationProcess.Vars.RECEIVED_BY_MAIL, true);
        String agentId = (String) execution.getVariable(MailIntakeProcess.Vars.SUPPORT_AGENT);
        variables.put(OTHER_DOCUMENTS, Stream.of(receivedFiles(execution, agentId),
                execution.getVariable(OTHER_DOCUMENTS)).filter(v -> v instanceof String s && !s.isBlank())
                .map(String.class::cast).collect(Collectors.joining(", ")));

        // filed for the establishment of the SIRET, on its behalf, not by the support agent's account
        Authentication agent = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        ProcessInstance filed;
        try {
            filed = StartIdentity.onBehalf(agentId,
                    () -> runtimeService.startProcessInstanceByKey(ExportDeclarationProcess.KEY, variables));
        } finally {
            if (agent != null) {
                identityService.setAuthentication(agent);
            }
        }
        String number = filed.getBusinessKey();
        execution.setVariable(MailIntakeProcess.Vars.DECLARATION_NUMBER, number);
        if (number != null) {
            Long id = register.get(number).getId();
            register.note(id, DeclarationEventKind.RECEIVED_BY_MAIL, agentId,
                    "Courriel de " + sender + " (" + execution.getVariable(MailIntakeProcess.Vars.MAIL_RECEIVED_ON)
                            + "), saisi par " + agentId);
            registered.ifPresent(establishment -> register.note(id, DeclarationEventKind.FILED_ON_BEHALF, agentId,
                    "Déposée par le support de l'ANSM (" + agentId + ") pour le compte de " + establishment.getName()
                            + " (SIRET " + establishment.getSiret() + "), établissement enregistré à cette occasion ; "
                            + "contact invité à créer un compte : " + establishment.getInvitedContactEmail()));
        }
    }
}
