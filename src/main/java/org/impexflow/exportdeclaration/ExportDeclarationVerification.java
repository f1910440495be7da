package org.impexflow.exportdeclaration;

import java.util.Optional;

import org.impexflow.casefile.CaseVerification;
import org.impexflow.casefile.VerificationLines;
import org.impexflow.verification.VerifiableDocument;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What the public verification page shows of an export declaration besides the register's number and state. */
@Component
class ExportDeclarationVerification extends VerificationLines<ExportDeclaration> {

    private final ObjectProvider<CaseVerification> page;

    ExportDeclarationVerification(ObjectProvider<CaseVerification> page) {
        super(ExportDeclaration.class, d -> new Lines(d.getType().label(), d.getMedicineName(),
                VerifiableDocument.DESTINATION, d.getDestinationCountry(), null));
        this.page = page;
    }

    /** The declaration as the verification page shows it (the importing authority's receipt page). */
    Optional<VerifiableDocument> describe(long declarationId) {
        return page.getObject().describe(ExportDeclaration.KIND, declarationId);
    }
}
