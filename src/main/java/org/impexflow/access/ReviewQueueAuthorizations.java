package org.impexflow.access;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Camunda grants a candidate group READ and UPDATE on each of its tasks. Reviewers already read every
 * task of the processes they review through their grant on the process definition (READ_TASK), so
 * their per-task grant keeps UPDATE only. Without this, each open review adds a READ row that the
 * task queries join one by one: the reviewers' queue grew quadratically (723 ms at 2,000 open reviews
 * on PostgreSQL, docs/benchmarks.md). Users read their own profile and do not change it.
 */
@Component
class ReviewQueueAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
                AuthorizationEntity[] grants = super.newTaskGroupIdentityLink(task, groupId, type);
                if (grants != null && Groups.REVIEWERS.equals(groupId)) {
                    for (AuthorizationEntity grant : grants) {
                        if (grant.getResourceType() == Resources.TASK.resourceType()) {
                            grant.removePermission(Permissions.READ);
                        }
                    }
                }
                return grants;
            }

            /**
             * A new user reads their own profile but does not change it (issue 16, point 11): names
             * appear in mails and in Tasklist, and come from the registration or from support.
             */
            @Override
            public AuthorizationEntity[] newUser(org.camunda.bpm.engine.identity.User user) {
                AuthorizationEntity[] grants = super.newUser(user);
                if (grants != null) {
                    for (AuthorizationEntity grant : grants) {
                        grant.setPermissions(new org.camunda.bpm.engine.authorization.Permission[] {Permissions.READ});
                    }
                }
                return grants;
            }
        });
    }
}
