package org.impexflow.casefile;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Who may see and answer a case once it is registered: the accounts of the establishment that filed it. */
@Component
public record CaseAccess(AuthorizationService authorizationService, IdentityService identityService) {

    /** The establishment's accounts read the case, running and in history. Call from a step of the case. */
    public void grantRead(String group, String processInstanceId) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            Authorization runtime = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            runtime.setGroupId(group);
            runtime.setResource(Resources.PROCESS_INSTANCE);
            runtime.setResourceId(processInstanceId);
            runtime.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(runtime);

            Authorization history = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            history.setGroupId(group);
            history.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
            history.setResourceId(processInstanceId);
            history.addPermission(HistoricProcessInstancePermissions.READ);
            authorizationService.saveAuthorization(history);
            return null;
        });
    }

    /** The declarant answers requests for complement when they have an account, else whoever filed. */
    public String complementAssignee(String declarantEmail, String initiator) {
        boolean declarantHasAccount = Context.getCommandContext().runWithoutAuthorization(
                () -> identityService.createUserQuery().userId(declarantEmail).count() > 0);
        return declarantHasAccount ? declarantEmail : initiator;
    }
}
