package org.impexflow.narcotics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.impexflow.attachment.FileType;
import org.impexflow.attachment.FileTypes;
import org.impexflow.attachment.RefusedFileException;
import org.impexflow.casefile.CaseDates;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.narcotics.NarcoticsOperators.Kind;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual declarations of the operators: opened by the campaign, prepared and submitted with the
 * JARE workbook, decided by ANSM; the history of each, per operator and year.
 */
@Service
@Transactional
public class AnnualDeclarations {

    /** Field names of a submission, as the page and the messages name them. */
    public static final String WORKBOOK = "workbook";
    public static final String COMMENT = "comment";

    private final AnnualDeclarationRepository declarations;
    private final AnnualDeclarationEventRepository events;
    private final NarcoticsOperators operators;
    private final Establishments establishments;
    private final RuntimeService runtimeService;
    private final WorkbookChecks checks;

    AnnualDeclarations(AnnualDeclarationRepository declarations, AnnualDeclarationEventRepository events,
            NarcoticsOperators operators, Establishments establishments, RuntimeService runtimeService,
            WorkbookChecks checks) {
        this.declarations = declarations;
        this.events = events;
        this.operators = operators;
        this.establishments = establishments;
        this.runtimeService = runtimeService;
        this.checks = checks;
    }

    @Transactional(readOnly = true)
    public Optional<AnnualDeclaration> of(Long operatorId, int year) {
        return declarations.findByOperatorIdAndYear(operatorId, year);
    }

    @Transactional(readOnly = true)
    public Optional<AnnualDeclaration> find(Long id) {
        return declarations.findById(id);
    }

    /**
     * The report of the workbook submitted, as Markdown for the review form: the counts, each finding
     * with its cell (the first 50), and the operator's explanation.
     */
    @Transactional(readOnly = true)
    String reportSummary(Long id) {
        AnnualDeclaration declaration = get(id);
        JareReport report = check(declaration.getOperatorId(), declaration.getYear(), declaration.getWorkbook());
        StringBuilder md = new StringBuilder("#### Rapport de contrôle\n");
        md.append(report.findings().isEmpty() ? "Aucune anomalie.\n" : report.warnings() + " avertissement(s).\n");
        report.findings().stream().limit(50).forEach(f -> org.impexflow.casefile.Markdown.item(md,
                f.severity().label() + " – " + f.where(), f.message()));
        if (declaration.getOperatorComment() != null) {
            md.append("\n**Explications de l'opérateur :** ")
                    .append(org.impexflow.casefile.Markdown.escape(declaration.getOperatorComment())).append('\n');
        }
        return md.toString();
    }

    @Transactional(readOnly = true)
    public List<AnnualDeclaration> ofOperator(Long operatorId) {
        return declarations.findByOperatorIdOrderByYearDesc(operatorId);
    }

    @Transactional(readOnly = true)
    public List<AnnualDeclarationEvent> history(Long declarationId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(declarationId);
    }

    /** The blank workbook of the operator for the year, prefilled. */
    @Transactional(readOnly = true)
    public byte[] template(Long operatorId, int year) {
        Establishment operator = establishments.byId(operatorId).orElseThrow();
        return JareTemplate.generate(operator.getName(), operator.getSiret(), year,
                operators.items(operatorId, Kind.SUBSTANCE, year), operators.items(operatorId, Kind.PREPARATION, year));
    }

    /** Reads a workbook for the operator and year without storing anything. */
    @Transactional(readOnly = true)
    public JareReport check(Long operatorId, int year, byte[] workbook) {
        return JareReader.read(workbook, expectation(operatorId, year));
    }

    /**
     * Reads a workbook a person uploaded on the operator's page and keeps its report (as the workbook
     * to download, {@link #lastReport}) in place of that person's previous one for the year; the
     * workbook itself is not kept.
     */
    @Transactional(readOnly = true)
    public JareReport check(Long operatorId, int year, String userId, byte[] workbook) {
        JareReport report = check(operatorId, year, workbook);
        checks.keep(operatorId, year, userId, JareReportWorkbook.write(report, reportTitle(year)));
        return report;
    }

    /** The report of the workbook the person last checked for the operator and year, as a workbook. */
    @Transactional(readOnly = true)
    public Optional<byte[]> lastReport(Long operatorId, int year, String userId) {
        return checks.last(operatorId, year, userId);
    }

    /** The title of a report workbook. */
    public static String reportTitle(int year) {
        return "Rapport de contrôle – déclaration annuelle " + year;
    }

    /**
     * A Manager of the operator submits the workbook: refused, storing nothing, when it is not an Excel
     * workbook by its content ({@link FileTypes}), when it has blocking findings, or warnings without a
     * comment; else stored with its SHA-256, which the timeline's entry prints, and the declaration's
     * process goes on.
     */
    public JareReport submit(Long operatorId, int year, String userId, String fileName, byte[] workbook,
            String comment) {
        AnnualDeclaration declaration = of(operatorId, year).orElseThrow(() -> new IllegalArgumentException(
                "Aucune déclaration annuelle " + year + " n'est ouverte pour votre établissement."));
        if (!operators.isManager(operatorId, userId)) {
            throw new InvalidInputException("Seul un compte « Manager » de l'opérateur peut soumettre la déclaration.",
                    List.of(new FieldError(WORKBOOK, "soumission réservée aux comptes « Manager » de l'opérateur")));
        }
        if (!declaration.isAwaitingSubmission()) {
            throw new InvalidInputException("La déclaration ne peut pas être soumise.", List.of(new FieldError(WORKBOOK,
                    "la déclaration " + year + " est « " + declaration.getStatus().label() + " » : rien n'est attendu")));
        }
        try {
            FileTypes.check(WORKBOOK, fileName, workbook, Set.of(FileType.XLSX));
        } catch (RefusedFileException refused) {
            throw new InvalidInputException("Le fichier n'est pas un classeur Excel : rien n'a été enregistré.",
                    List.of(new FieldError(WORKBOOK, refused.detail())));
        }
        JareReport report = check(operatorId, year, workbook);
        if (report.blocked()) {
            throw new InvalidInputException("Le classeur a des anomalies bloquantes : corrigez-les et déposez-le à nouveau.",
                    List.of(new FieldError(WORKBOOK, report.blocking() + " anomalie(s) bloquante(s)")));
        }
        if (report.hasWarnings() && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("Le classeur a des avertissements : expliquez-les avant de soumettre.",
                    List.of(new FieldError(COMMENT, "obligatoire : expliquez les avertissements du rapport")));
        }
        declaration.submit(fileName, workbook, comment == null || comment.isBlank() ? null : comment.strip(), userId,
                Instant.now());
        // one line for the submission: its status, who, the file and the explanation (the process's step
        // that records it for the review finds the status set and adds none)
        declaration.changeStatus(AnnualDeclarationStatus.SUBMITTED);
        record(declaration, AnnualDeclarationEventKind.SUBMITTED, AnnualDeclarationStatus.SUBMITTED, userId, fileName
                + " (SHA-256 " + declaration.getWorkbookSha256() + ")"
                + (report.hasWarnings() ? " – avertissements expliqués : " + comment.strip() : ""));
        try {
            runtimeService.createMessageCorrelation(AnnualDeclarationProcess.MESSAGE_SUBMITTED)
                    .processInstanceId(declaration.getProcessInstanceId()).correlate();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException busy) {
            // the process is not waiting for the workbook at this instant (a reminder or the deadline is
            // being handled): the transaction rolls back, nothing is stored, the person submits again
            throw new InvalidInputException("La déclaration n'a pas pu être reçue : son dossier était en cours de "
                    + "traitement. Rien n'a été enregistré ; soumettez-la à nouveau dans une minute.",
                    List.of(new FieldError(WORKBOOK, "non reçu : le dossier était en cours de traitement (rappel ou "
                            + "échéance) ; rien n'a été enregistré, soumettez le classeur à nouveau dans une minute")));
        }
        return report;
    }

    AnnualDeclaration open(Long operatorId, int year, LocalDate dueDate, String processInstanceId) {
        AnnualDeclaration declaration = declarations.save(new AnnualDeclaration(operatorId, year, dueDate, Instant.now(),
                processInstanceId));
        record(declaration, AnnualDeclarationEventKind.OPENED, AnnualDeclarationStatus.OPEN, null,
                "Échéance : " + CaseDates.day(dueDate));
        return declaration;
    }

    AnnualDeclaration get(Long id) {
        return declarations.findById(id).orElseThrow(() -> new IllegalStateException("No annual declaration " + id));
    }

    void changeStatus(Long id, AnnualDeclarationStatus status, AnnualDeclarationEventKind why, String actor,
            String detail) {
        AnnualDeclaration declaration = get(id);
        declaration.changeStatus(status);
        record(declaration, why, status, actor, detail);
    }

    void markLate(Long id, String actor) {
        AnnualDeclaration declaration = get(id);
        declaration.markLate();
        record(declaration, AnnualDeclarationEventKind.LATE, AnnualDeclarationStatus.LATE, actor, null);
    }

    void note(Long id, AnnualDeclarationEventKind what, String actor, String detail) {
        record(get(id), what, null, actor, detail);
    }

    /** Acceptance keeps the closing stocks, next year's stocks at 1 January. */
    void accept(Long id, String reviewer, String comment) {
        AnnualDeclaration declaration = get(id);
        declaration.decide(AnnualDeclarationStatus.ACCEPTED, reviewer, comment, Instant.now(), null);
        JareReport report = check(declaration.getOperatorId(), declaration.getYear(), declaration.getWorkbook());
        Map<String, BigDecimal> closing = new LinkedHashMap<>();
        report.substances().forEach((nds, m) -> closing.put(nds, m.closing()));
        report.preparations().forEach((nds, m) -> closing.put(nds, m.closing()));
        operators.saveClosingStocks(id, closing);
        record(declaration, AnnualDeclarationEventKind.ACCEPTED, AnnualDeclarationStatus.ACCEPTED, reviewer, comment);
    }

    void requestCorrections(Long id, String reviewer, String comment, LocalDate dueDate) {
        AnnualDeclaration declaration = get(id);
        declaration.decide(AnnualDeclarationStatus.CORRECTIONS_REQUESTED, reviewer, comment, Instant.now(), dueDate);
        record(declaration, AnnualDeclarationEventKind.CORRECTIONS_REQUESTED,
                AnnualDeclarationStatus.CORRECTIONS_REQUESTED, reviewer, comment + " (avant le "
                        + CaseDates.day(dueDate) + ")");
    }

    private JareExpectation expectation(Long operatorId, int year) {
        return new JareExpectation(year, operators.items(operatorId, Kind.SUBSTANCE, year),
                operators.items(operatorId, Kind.PREPARATION, year),
                operators.authorised(operatorId, NarcoticsOperators.Direction.IMPORT, year),
                operators.authorised(operatorId, NarcoticsOperators.Direction.EXPORT, year));
    }

    private void record(AnnualDeclaration declaration, AnnualDeclarationEventKind kind, AnnualDeclarationStatus status,
            String actor, String detail) {
        events.save(new AnnualDeclarationEvent().of(declaration.getId(), kind, status, Instant.now(), actor, detail));
    }
}
