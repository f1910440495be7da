package org.impexflow.casefile;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
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
            grant(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
            grant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                    HistoricProcessInstancePermissions.READ);
            return null;
        });
    }

    private void grant(String group, Resources resource, String resourceId, Permission permission) {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        authorizationService.saveAuthorization(grant);
    }

    /** The declarant answers requests for complement when they have an account, else whoever filed. */
    public String complementAssignee(String declarantEmail, String initiator) {
        boolean declarantHasAccount = Context.getCommandContext().runWithoutAuthorization(
                () -> identityService.createUserQuery().userId(declarantEmail).count() > 0);
        return declarantHasAccount ? declarantEmail : initiator;
    }
}
