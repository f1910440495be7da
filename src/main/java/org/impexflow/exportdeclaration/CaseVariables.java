package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DECLARATION_ID;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DECLARATION_STATUS;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DECLARATION_STATUS_LABEL;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.CaseSteps;

/** Reads and writes the variables every step of the process shares. */
final class CaseVariables {

    /** Who acts when no person is logged in: the engine's own jobs and timers. */
    static final String SYSTEM = CaseActor.SYSTEM;

    private CaseVariables() {
    }

    static Long declarationId(VariableScope scope) {
        return CaseSteps.id(scope, DECLARATION_ID);
    }

    static void status(VariableScope scope, DeclarationStatus status) {
        scope.setVariable(DECLARATION_STATUS, status.name());
        scope.setVariable(DECLARATION_STATUS_LABEL, status.label());
    }

    /** The user whose call runs this step, or {@link #SYSTEM} for jobs and timers. */
    static String actor() {
        return CaseActor.current();
    }
}
