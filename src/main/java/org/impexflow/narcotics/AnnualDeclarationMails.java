package org.impexflow.narcotics;

import java.util.List;
import java.util.Map;

import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseMails;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.mail.TemplateMails;
import org.springframework.stereotype.Component;

/** The mails of the annual declaration, one per Manager of the operator, each in their language. */
@Component
record AnnualDeclarationMails(CaseMails mails, NarcoticsOperators operators) {

    List<OutgoingMail> toManagers(AnnualDeclaration declaration, String template, Map<String, Object> extra) {
        return operators.managers(declaration.getOperatorId()).stream().map(manager -> {
            TemplateMails.Letter letter = mails.about(declaration, manager, template);
            return letter.with("d", declaration).with("operator", mails.establishment(declaration))
                    .with("dueDate", CaseDates.day(declaration.getDueDate()))
                    .with("correctionsDue", CaseDates.day(declaration.getCorrectionsDueDate()))
                    .with("statusLabel", declaration.getStatus().label(letter.language()))
                    .with("pageUrl", mails.url("/stupefiants/declarations/" + declaration.getYear()))
                    .with(extra).mail();
        }).toList();
    }
}
