package org.impexflow.narcotics;

import static org.impexflow.narcotics.AnnualDeclarationProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.casefile.CaseTasks;
import org.impexflow.casefile.ReviewDecisionRule;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.mail.Mailer;
import org.impexflow.narcotics.AnnualDeclarationProcess.Elements;
import org.impexflow.narcotics.AnnualDeclarationProcess.ReviewDecision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of processes/annual-narcotics-declaration.bpmn: each is small, and they share the
 * register, the deadlines and the mails; one bean per step, as the diagram names them.
 */
@Configuration(proxyBeanMethods = false)
class AnnualDeclarationDelegates {

    static Long declarationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(DECLARATION_ID)).longValue();
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static void status(DelegateExecution execution, AnnualDeclarationStatus status) {
        execution.setVariable(STATUS, status.name());
    }

    /**
     * The campaign: every operator registered for narcotics activity gets its declaration of the past
     * year (or of {@code declaredYear} when given), once.
     */
    @Bean
    JavaDelegate openAnnualCampaignDelegate(NarcoticsOperators operators, AnnualDeclarations declarations,
            org.camunda.bpm.engine.RuntimeService runtime) {
        return execution -> {
            Object given = execution.getVariable(DECLARED_YEAR);
            int year = given instanceof Number n ? n.intValue()
                    : LocalDate.ofInstant(now(), CaseNumbering.PARIS).getYear() - 1;
            int opened = 0;
            for (Long operatorId : operators.all()) {
                if (declarations.of(operatorId, year).isEmpty()) {
                    runtime.startProcessInstanceByKey(AnnualDeclarationProcess.KEY,
                            java.util.Map.of(OPERATOR_ID, operatorId, DECLARED_YEAR, year));
                    opened++;
                }
            }
            execution.setVariable(DECLARED_YEAR, year);
            execution.setVariable("openedDeclarations", opened);
        };
    }

    /** The register's row, the deadline of the year and the first reminder. */
    @Bean
    JavaDelegate openAnnualDeclarationDelegate(AnnualDeclarations declarations, AnnualDeadlines deadlines,
            Establishments establishments) {
        return execution -> {
            Long operatorId = ((Number) execution.getVariable(OPERATOR_ID)).longValue();
            int year = ((Number) execution.getVariable(DECLARED_YEAR)).intValue();
            Establishment operator = establishments.byId(operatorId).orElseThrow();
            LocalDate due = deadlines.dueDate(year);
            AnnualDeclaration declaration = declarations.open(operatorId, year, due, execution.getProcessInstanceId());
            execution.setProcessBusinessKey("DA-" + year + "-" + (operator.getSiret() == null ? operatorId
                    : operator.getSiret()));
            execution.setVariable(DECLARATION_ID, declaration.getId());
            execution.setVariable(OPERATOR_NAME, operator.getName());
            org.impexflow.casefile.Markdown.copyEscaped(execution, OPERATOR_NAME);
            execution.setVariable(DEADLINE, Date.from(AnnualDeadlines.deadline(due)));
            execution.setVariable(NEXT_REMINDER_DATE, deadlines.reminderTimer(due, now()));
            status(execution, AnnualDeclarationStatus.OPEN);
        };
    }

    /** Mails the Managers once per reminder date, then sets the next one. */
    @Bean
    JavaDelegate remindAnnualDeclarationDelegate(AnnualDeclarations declarations, AnnualDeadlines deadlines,
            AnnualDeclarationMails mails, Mailer mailer) {
        return execution -> {
            AnnualDeclaration declaration = declarations.get(declarationId(execution));
            Instant due = ((Date) execution.getVariable(NEXT_REMINDER_DATE)).toInstant();
            if (now().isBefore(AnnualDeadlines.deadline(declaration.getDueDate()))) {
                List<String> sent = mails.toManagers(declaration, "annual-reminder", java.util.Map.of()).stream()
                        .map(mail -> mailer.sendOnce("DA-REMINDER:" + declaration.getId() + ":" + due + ":"
                                + mail.to(), mail)).toList();
                declarations.note(declaration.getId(), AnnualDeclarationEventKind.REMINDER_SENT, CaseActor.SYSTEM,
                        sent.size() + " Manager(s), échéance le " + CaseDates.day(declaration.getDueDate()));
            }
            execution.setVariable(NEXT_REMINDER_DATE, deadlines.reminderTimer(declaration.getDueDate(), now()));
        };
    }

    @Bean
    JavaDelegate markAnnualDeclarationLateDelegate(AnnualDeclarations declarations, AnnualDeadlines deadlines) {
        return execution -> {
            declarations.markLate(declarationId(execution), CaseActor.SYSTEM);
            execution.setVariable(FOLLOW_UP_DUE_DATE, deadlines.afterDays(deadlines.settings().followUpDue(), now()));
            status(execution, AnnualDeclarationStatus.LATE);
        };
    }

    /** The workbook is stored by the submission; here the status, and the review's due date. */
    @Bean
    JavaDelegate recordAnnualDeclarationDelegate(AnnualDeclarations declarations, AnnualDeadlines deadlines,
            @org.springframework.beans.factory.annotation.Value("${impexflow.base-url}") String baseUrl) {
        return execution -> {
            Long id = declarationId(execution);
            // the submission set the status and wrote its line (AnnualDeclarations.submit): a second line
            // "Déclaration soumise" only if it reached the process some other way
            if (declarations.get(id).getStatus() != AnnualDeclarationStatus.SUBMITTED) {
                declarations.changeStatus(id, AnnualDeclarationStatus.SUBMITTED,
                        AnnualDeclarationEventKind.SUBMITTED, CaseActor.current(), null);
            }
            // what the review form shows: the workbook, its report, and the report in short
            execution.setVariable(WORKBOOK_URL, baseUrl + "/ansm/stupefiants/declarations/" + id + "/jare.xlsx");
            execution.setVariable(REPORT_URL, baseUrl + "/ansm/stupefiants/declarations/" + id + "/rapport.xlsx");
            execution.setVariable(REPORT_SUMMARY, declarations.reportSummary(id));
            execution.setVariable(REVIEW_DUE_DATE, deadlines.afterDays(deadlines.settings().reviewDue(), now()));
            execution.setVariable(REVIEW_DECISION, null);
            execution.setVariable(REVIEW_COMMENT, null);
            status(execution, AnnualDeclarationStatus.SUBMITTED);
        };
    }

    @Bean
    JavaDelegate acknowledgeAnnualDeclarationDelegate(AnnualDeclarations declarations, AnnualDeclarationMails mails,
            Mailer mailer) {
        return execution -> {
            AnnualDeclaration declaration = declarations.get(declarationId(execution));
            mailManagers(declarations, mails, mailer, declaration, "DA-ACK", "annual-acknowledgement",
                    AnnualDeclarationEventKind.ACKNOWLEDGEMENT_SENT, "soumission n° " + declaration.getRound());
        };
    }

    /** The review is ANSM's narcotics team's, due at the date set on submission, with corrections named. */
    @Bean
    CaseTasks annualDeclarationTasks() {
        return CaseTasks.of(AnnualDeclarationProcess.KEY, null).review(Elements.REVIEW, AnnualDeclarationProcess.REVIEWERS,
                REVIEW_DUE_DATE, ReviewDecisionRule.of(ReviewDecision.class, ReviewDecision.ACCEPT,
                        ReviewDecision.REQUEST_CORRECTIONS, "obligatoire : les corrections attendues",
                        "obligatoire : les corrections attendues"));
    }

    /** Acceptance, or corrections with their deadline, as the step says. */
    @Bean
    JavaDelegate decideAnnualDeclarationDelegate(AnnualDeclarations declarations, AnnualDeadlines deadlines) {
        return execution -> {
            Long id = declarationId(execution);
            String comment = (String) execution.getVariable(REVIEW_COMMENT);
            if (Elements.ACCEPT.equals(execution.getCurrentActivityId())) {
                declarations.accept(id, CaseActor.current(), comment);
                status(execution, AnnualDeclarationStatus.ACCEPTED);
            } else {
                LocalDate due = LocalDate.ofInstant(now(), CaseNumbering.PARIS)
                        .plus(deadlines.settings().correctionsDue());
                declarations.requestCorrections(id, CaseActor.current(), comment, due);
                execution.setVariable(CORRECTIONS_DEADLINE, Date.from(AnnualDeadlines.deadline(due)));
                execution.setVariable(FOLLOW_UP_DUE_DATE, Date.from(AnnualDeadlines.deadline(due)
                        .atZone(CaseNumbering.PARIS).plus(deadlines.settings().followUpDue()).toInstant()));
                status(execution, AnnualDeclarationStatus.CORRECTIONS_REQUESTED);
            }
        };
    }

    @Bean
    JavaDelegate notifyAnnualDeclarationDelegate(AnnualDeclarations declarations, AnnualDeclarationMails mails,
            Mailer mailer) {
        return execution -> {
            AnnualDeclaration declaration = declarations.get(declarationId(execution));
            String template = declaration.getStatus() == AnnualDeclarationStatus.ACCEPTED ? "annual-accepted"
                    : "annual-corrections";
            mailManagers(declarations, mails, mailer, declaration, "DA-DECISION", template,
                    AnnualDeclarationEventKind.DECISION_SENT, declaration.getStatus().label());
        };
    }

    /** Mails the operator's Managers, each once per submission round, then notes it in the timeline. */
    private static void mailManagers(AnnualDeclarations declarations, AnnualDeclarationMails mails, Mailer mailer,
            AnnualDeclaration declaration, String purpose, String template, AnnualDeclarationEventKind noted,
            String detail) {
        mails.toManagers(declaration, template, java.util.Map.of()).forEach(mail -> mailer.sendOnce(
                purpose + ":" + declaration.getId() + ":" + declaration.getRound() + ":" + mail.to(), mail));
        declarations.note(declaration.getId(), noted, CaseActor.SYSTEM, detail);
    }
}
