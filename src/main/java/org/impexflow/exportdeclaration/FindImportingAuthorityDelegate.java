package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.AUTHORITY_KNOWN;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DESTINATION_COUNTRY;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.TRANSMISSION_DUE_DATE;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.authority.AuthorityDirectory;
import org.springframework.stereotype.Component;

/** Looks up the health ministry of the importing country in the directory. */
@Component("findImportingAuthorityDelegate")
class FindImportingAuthorityDelegate implements JavaDelegate {

    /** Time given to ANSM support to transmit by hand when no address is on record. */
    static final Duration MANUAL_TRANSMISSION_DELAY = Duration.ofDays(7);

    private final AuthorityDirectory directory;

    FindImportingAuthorityDelegate(AuthorityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean known = directory.forCountry((String) execution.getVariable(DESTINATION_COUNTRY)).isPresent();
        execution.setVariable(AUTHORITY_KNOWN, known);
        if (!known) {
            execution.setVariable(TRANSMISSION_DUE_DATE, Date.from(Instant.now().plus(MANUAL_TRANSMISSION_DELAY)));
        }
    }
}
