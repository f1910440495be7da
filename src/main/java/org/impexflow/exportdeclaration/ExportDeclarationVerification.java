package org.impexflow.exportdeclaration;

import org.impexflow.casefile.VerificationLines;
import org.impexflow.verification.VerifiableDocument;
import org.springframework.stereotype.Component;

/** What the public verification page shows of an export declaration besides the register's number and state. */
@Component
class ExportDeclarationVerification extends VerificationLines<ExportDeclaration> {

    ExportDeclarationVerification() {
        super(ExportDeclaration.class, d -> new Lines(d.getType().label(),
                d.getType().label(java.util.Locale.ENGLISH), d.getMedicineName(),
                VerifiableDocument.DESTINATION, d.getDestinationCountry(), null));
    }
}
