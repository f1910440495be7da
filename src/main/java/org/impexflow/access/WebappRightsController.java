package org.impexflow.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the person logged in may do in Tasklist and Cockpit ({@code GET /webapps/droits}), so that the
 * webapps offer only the buttons and links that work (static/js/webapp-rights.js hides the others, issue
 * 17). The server refuses the rest anyway: the engine's authorizations and {@link EngineApiGuard}.
 */
@RestController
record WebappRightsController(AuthorizationService authorizations, WebappAccess webapps) {

    /**
     * @param comment         comment on tasks and cases (ANSM's working groups, as {@link EngineApiGuard})
     * @param manageTasks     change a task's dates, groups and users (the same)
     * @param createTasks     create a task outside any process (the engine's CREATE on tasks)
     * @param changeProcesses change cases in Cockpit: suspend, cancel, retry, variables… (UPDATE on every case)
     * @param tasklist        open Tasklist (a link to a task leads there)
     * @param cockpit         open Cockpit (a link to a case leads there)
     */
    record WebappRights(boolean comment, boolean manageTasks, boolean createTasks, boolean changeProcesses,
            boolean tasklist, boolean cockpit) {
    }

    @GetMapping(path = "/webapps/droits", produces = "application/json")
    WebappRights rights() {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        boolean ansm = Groups.includeAnsmWorking(user.groupIds());
        return new WebappRights(ansm, ansm, may(user, Permissions.CREATE, Resources.TASK),
                may(user, Permissions.UPDATE, Resources.PROCESS_INSTANCE),
                webapps.mayOpen(user, "tasklist"), webapps.mayOpen(user, "cockpit"));
    }

    /** Granted on every resource of the type. */
    private boolean may(CurrentUser user, Permission permission, Resource resource) {
        return authorizations.isUserAuthorized(user.userId(), user.groupIds(), permission, resource);
    }
}
