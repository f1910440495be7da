package org.impexflow.access;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Authorizations that do not grow with the open cases. Camunda grants a task's candidate group READ and
 * UPDATE on that task, one row (and one more for its history) per open task; the reviewers' queue then
 * joins them all (docs/benchmarks.md: 723 ms at 2,000 open reviews on PostgreSQL with READ rows). ANSM's
 * groups read every task of the processes they review through their grants on the definitions
 * ({@link ProcessAccess#readerGroups()}: READ_TASK, READ_HISTORY), so for them no per-task row is written
 * at all, and {@link TaskReaders} lets the members of a candidate group work the task (claim, assign,
 * complete, variables) as the per-task UPDATE row did. Establishments' groups, which read only their own
 * cases, keep the engine's per-task rows. Users read their own profile and do not change it.
 */
@Component
class ReviewQueueAuthorizations extends AbstractProcessEnginePlugin {

    private final TaskReaders readers;

    ReviewQueueAuthorizations(ObjectProvider<ProcessAccess> processes) {
        this.readers = new TaskReaders(processes);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
                if (readers.readsEveryTask(task, groupId)) {
                    return null;
                }
                return super.newTaskGroupIdentityLink(task, groupId, type);
            }

            /**
             * A new user reads their own profile but does not change it (issue 16, point 11): names
             * appear in mails and in Tasklist, and come from the registration or from support.
             */
            @Override
            public AuthorizationEntity[] newUser(User user) {
                AuthorizationEntity[] grants = super.newUser(user);
                if (grants != null) {
                    for (AuthorizationEntity grant : grants) {
                        grant.setPermissions(new Permission[] {Permissions.READ});
                    }
                }
                return grants;
            }
        });
        List<CommandChecker> checkers = new ArrayList<>();
        if (configuration.isTenantCheckEnabled()) {
            checkers.add(new TenantCommandChecker());
        }
        checkers.add(new CandidateGroupsWork(readers));
        configuration.setCommandCheckers(checkers);
    }

    /** The engine's checks, where a member of a reading candidate group works the task without a row for it. */
    static final class CandidateGroupsWork extends AuthorizationCommandChecker {

        private final TaskReaders readers;

        CandidateGroupsWork(TaskReaders readers) {
            this.readers = readers;
        }

        private boolean worksAsCandidate(TaskEntity task) {
            return readers.worksAsCandidate(task, Context.getCommandContext().getAuthentication());
        }

        @Override
        public void checkTaskWork(TaskEntity task) {
            if (!worksAsCandidate(task)) {
                super.checkTaskWork(task);
            }
        }

        @Override
        public void checkTaskAssign(TaskEntity task) {
            if (!worksAsCandidate(task)) {
                super.checkTaskAssign(task);
            }
        }

        @Override
        public void checkUpdateTaskVariable(TaskEntity task) {
            if (!worksAsCandidate(task)) {
                super.checkUpdateTaskVariable(task);
            }
        }
    }
}
