package org.impexflow.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Changes of groups made by a logged-in person through the engine (Camunda Admin, or any of our
 * steps run as that person) go to the security log: memberships added or removed, groups and users
 * created or deleted, with who did it. The engine reports them in its user operation log (history
 * level full, authenticated users); this handler reads them as they are written, in the same
 * transaction.
 */
@Component
class GroupChangesLog extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private final ObjectProvider<SecurityEvents> events;

    GroupChangesLog(ObjectProvider<SecurityEvents> events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /**
     * The engine reports a membership as one entry per property (the user, then the group) under one
     * operation id, each on its own: the user waits here, in the thread that runs the command, for its
     * group.
     */
    private final ThreadLocal<Map<String, String>> membersWaitingForTheirGroup = ThreadLocal.withInitial(
            LinkedHashMap::new);

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!(event instanceof UserOperationLogEntryEventEntity entry)
                || !UserOperationLogEntry.CATEGORY_ADMIN.equals(entry.getCategory())) {
            return;
        }
        String operation = entry.getOperationType();
        switch (entry.getEntityType()) {
            case EntityTypes.GROUP_MEMBERSHIP -> {
                Map<String, String> waiting = membersWaitingForTheirGroup.get();
                if ("userId".equals(entry.getProperty())) {
                    if (waiting.size() > 100) {
                        waiting.clear();
                    }
                    waiting.put(entry.getOperationId(), entry.getNewValue());
                } else if ("groupId".equals(entry.getProperty())) {
                    String member = waiting.remove(entry.getOperationId());
                    record(entry, member, switch (operation) {
                        case UserOperationLogEntry.OPERATION_TYPE_CREATE -> "ajouté au groupe ";
                        case UserOperationLogEntry.OPERATION_TYPE_DELETE -> "retiré du groupe ";
                        default -> operation + " : appartenance au groupe ";
                    } + entry.getNewValue());
                }
            }
            case EntityTypes.GROUP -> record(entry, entry.getNewValue(), "groupe " + entry.getNewValue() + " "
                    + switch (operation) {
                        case UserOperationLogEntry.OPERATION_TYPE_CREATE -> "créé";
                        case UserOperationLogEntry.OPERATION_TYPE_DELETE -> "supprimé";
                        default -> "modifié";
                    });
            case EntityTypes.USER -> record(entry, entry.getNewValue(), switch (operation) {
                case UserOperationLogEntry.OPERATION_TYPE_CREATE -> "utilisateur créé dans le moteur";
                case UserOperationLogEntry.OPERATION_TYPE_DELETE -> "utilisateur supprimé du moteur";
                default -> "utilisateur du moteur : " + operation;
            });
            default -> {
                // other administration (tenants, authorizations…) is not about an account's groups
            }
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> historyEvents) {
        historyEvents.forEach(this::handleEvent);
    }

    private void record(UserOperationLogEntryEventEntity entry, String subject, String detail) {
        events.getObject().record(SecurityEventKind.ROLE_CHANGED, entry.getUserId(), subject,
                detail + " (moteur, par " + entry.getUserId() + ")");
    }
}
