package org.impexflow.access;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Whether a person may open one of Camunda's webapps (Tasklist, Cockpit, Admin): the engine's ACCESS on the
 * application. Read by the webapps' rights ({@code /webapps/droits}), by the guard of their plugins' API and
 * by the login, which leads nobody to a webapp that would refuse them.
 */
@Component
public record WebappAccess(AuthorizationService authorizations) {

    private static final Pattern WEBAPP = Pattern.compile("/camunda/app/([a-z]+)/");

    public boolean mayOpen(CurrentUser user, String application) {
        return authorizations.isUserAuthorized(user.userId(), user.groupIds(), Permissions.ACCESS,
                Resources.APPLICATION, application);
    }

    /** A page's address: a webapp's (its welcome page aside) only with ACCESS to it; any other, yes. */
    public boolean mayOpenPage(CurrentUser user, String url) {
        Matcher app = WEBAPP.matcher(url);
        return !app.find() || "welcome".equals(app.group(1)) || mayOpen(user, app.group(1));
    }
}
