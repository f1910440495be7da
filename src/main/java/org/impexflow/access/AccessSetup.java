package org.impexflow.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, on every start and without duplicates, the groups of our users, what each may do in the
 * engine and the webapps, and the shared Tasklist filters.
 */
@Component
record AccessSetup(
        IdentityService identityService,
        AuthorizationService authorizationService,
        FilterService filterService,
        TaskService taskService,
        List<ProcessAccess> processes,
        List<TasklistFilter> filters) {

    private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);
    private static final String ALL = "*";

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void setUp() {
        group(Groups.DECLARANTS, "Déclarants (établissements)");
        group(Groups.API_CLIENTS, "Systèmes des établissements (API)");
        group(Groups.REVIEWERS, "ANSM – évaluateurs");
        group(Groups.SUPPORT, "ANSM – support");
        group(Groups.NARCOTICS, "ANSM – stupéfiants et psychotropes");
        group(Groups.ANALYSTS, "ANSM – analystes des processus");
        group(Groups.ADMINISTRATORS, "Administrateurs");
        group(Groups.REFERENCE_ADMINS, "ANSM – administrateurs des données de référence");

        for (Resource resource : Resources.values()) {
            grant(Groups.ADMINISTRATORS, resource, ALL, Permissions.ALL);
        }

        for (ProcessAccess process : processes) {
            for (String starter : process.starterGroups()) {
                grant(starter, Resources.PROCESS_DEFINITION, process.processKey(), ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
                grant(starter, Resources.PROCESS_INSTANCE, ALL, Permissions.CREATE);
            }
            for (String worker : process.taskGroups()) {
                grant(worker, Resources.PROCESS_DEFINITION, process.processKey(), ProcessDefinitionPermissions.READ);
            }
            for (String reader : process.readerGroups()) {
                grant(reader, Resources.PROCESS_DEFINITION, process.processKey(), ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                        ProcessDefinitionPermissions.READ_TASK);
            }
        }
        for (String tasklistUser : new String[] {Groups.DECLARANTS, Groups.REVIEWERS, Groups.SUPPORT,
            Groups.NARCOTICS}) {
            grant(tasklistUser, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }

        // analysts watch everything in Cockpit and change nothing
        grant(Groups.ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.ANALYSTS, Resources.PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        grant(Groups.ANALYSTS, Resources.PROCESS_INSTANCE, ALL, Permissions.READ);
        grant(Groups.ANALYSTS, Resources.TASK, ALL, Permissions.READ);
        grant(Groups.ANALYSTS, Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY);
        grant(Groups.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, ALL, Permissions.READ);
        grant(Groups.ANALYSTS, Resources.DEPLOYMENT, ALL, Permissions.READ);
        grant(Groups.ANALYSTS, Resources.HISTORIC_PROCESS_INSTANCE, ALL, HistoricProcessInstancePermissions.READ);
        grant(Groups.ANALYSTS, Resources.HISTORIC_TASK, ALL, HistoricTaskPermissions.READ);
        grant(Groups.ANALYSTS, Resources.BATCH, ALL, Permissions.READ);
        grant(Groups.ANALYSTS, Resources.REPORT, ALL, Permissions.READ);
        grant(Groups.ANALYSTS, Resources.DASHBOARD, ALL, Permissions.READ);

        ownProfilesReadOnly();
        createFilters();
    }

    /**
     * Accounts created before users stopped changing their own engine profile keep only READ on it
     * (issue 16, point 11): the engine once granted each user ALL on themselves.
     */
    private void ownProfilesReadOnly() {
        int changed = 0;
        for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(Resources.USER)
                .authorizationType(AUTH_TYPE_GRANT).list()) {
            if (grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId())
                    && grant.isPermissionGranted(Permissions.UPDATE)) {
                grant.setPermissions(new Permission[] {Permissions.READ});
                authorizationService.saveAuthorization(grant);
                changed++;
            }
        }
        if (changed > 0) {
            LOG.info("{} users now read their own profile without changing it", changed);
        }
    }

    /** The shared Tasklist filters: those of the process modules, and the personal ones of everybody. */
    private void createFilters() {
        for (TasklistFilter filter : filters) {
            filter(filter.name(), filter.group(), filter.priority(), filter.description(), filter.columns(),
                    filter.query().apply(taskService));
        }
        filter("Mes dossiers", Groups.REVIEWERS, -10, "Les tâches que j'ai prises en charge",
                List.of(TasklistFilter.column("declarationNumber", "N° de fiche"),
                        TasklistFilter.column("medicineName", "Médicament")),
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        filter("Mes tâches", Groups.DECLARANTS, -10,
                "Compléments à fournir, informations à compléter : pour moi ou pour mon établissement",
                List.of(TasklistFilter.column("declarationNumber", "N° de fiche"),
                        TasklistFilter.column("medicineName", "Médicament"),
                        TasklistFilter.column("destinationCountryName", "Pays de destination"),
                        TasklistFilter.column("complementDueDate", "À fournir avant le")),
                taskService.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}").endOr().orderByDueDate().asc());
    }

    private void filter(String name, String group, int priority, String description, List<Map<String, String>> columns,
            TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setOwner(null);
        filter.setQuery(query);
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                "showUndefinedVariable", false, "variables", columns));
        filterService.saveFilter(filter);
        grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    private void group(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(id.startsWith("ansm") || id.equals(Groups.ANALYSTS) ? "ANSM" : "WORKFLOW");
            identityService.saveGroup(group);
            LOG.info("Created group {}", id);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
