package org.impexflow.narcotics;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.impexflow.casefile.CaseDates;
import org.impexflow.establishment.Establishments;
import org.impexflow.mail.MailTemplates;
import org.impexflow.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mails of the annual declaration, one per Manager of the operator, each in their language. */
@Component
class AnnualDeclarationMails {

    private final MailTemplates templates;
    private final NarcoticsOperators operators;
    private final Establishments establishments;
    private final String baseUrl;

    AnnualDeclarationMails(MailTemplates templates, NarcoticsOperators operators, Establishments establishments,
            @Value("${impexflow.base-url}") String baseUrl) {
        this.templates = templates;
        this.operators = operators;
        this.establishments = establishments;
        this.baseUrl = baseUrl;
    }

    List<OutgoingMail> toManagers(AnnualDeclaration declaration, String template, Map<String, Object> extra) {
        return operators.managers(declaration.getOperatorId()).stream().map(manager -> {
            Locale language = templates.languageOf(manager);
            Map<String, Object> model = new HashMap<>();
            model.put("d", declaration);
            model.put("operator", establishments.byId(declaration.getOperatorId()).orElseThrow());
            model.put("dueDate", CaseDates.day(declaration.getDueDate()));
            model.put("correctionsDue", CaseDates.day(declaration.getCorrectionsDueDate()));
            model.put("statusLabel", declaration.getStatus().label(language));
            model.put("pageUrl", baseUrl + "/stupefiants/declarations/" + declaration.getYear());
            model.putAll(extra);
            return templates.mail(manager, template, language, model);
        }).toList();
    }
}
