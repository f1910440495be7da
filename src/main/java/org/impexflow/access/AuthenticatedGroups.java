package org.impexflow.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The groups an authorization check looks for are the caller's groups, as they are. Before each command
 * that checks authorizations, the engine reads the distinct groups of the whole authorization table
 * ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}) only to drop from the caller's groups those
 * that hold no grant; that table has a row per open case of every establishment, so the read grows with
 * the cases (docs/benchmarks.md). A group without grants matches no row of the checks' queries, so leaving
 * it in gives the same answers: the authorization matrix is unchanged (AuthorizationMatrixTests).
 */
@Component
class AuthenticatedGroups extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new CallersGroups();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager, taking the caller's groups without reading every group granted. */
    static final class CallersGroups extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null) {
                return new ArrayList<>();
            }
            return authenticatedGroupIds.stream().filter(Objects::nonNull).distinct()
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }
}
