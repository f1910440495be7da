package org.impexflow.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.impexflow.exportdeclaration.ExportDeclarationProcess;
import org.impexflow.importauthorisation.ImportAuthorisationProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Figures for the analysts, from the engine's history: cases filed, decided and pending per type
 * (DEI, DEC, AI) and month of filing, time from filing to decision (median and 90th percentile), reviews past their due
 * date, open incidents.
 */
@Service
class Dashboard {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(PARIS);

    /** Registered export declarations (a number as business key) and their type. */
    private static final String FILED = """
            SELECT p.ID_ AS id, p.START_TIME_ AS filed_at, v.TEXT_ AS type
            FROM ACT_HI_PROCINST p
            JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = p.ID_ AND v.NAME_ = ?
            WHERE p.PROC_DEF_KEY_ = ? AND p.BUSINESS_KEY_ IS NOT NULL""";

    /** Registered import authorisations (a number as business key): their type is AI. */
    private static final String FILED_IMPORTS = """
            SELECT p.ID_ AS id, p.START_TIME_ AS filed_at, 'AI' AS type
            FROM ACT_HI_PROCINST p
            WHERE p.PROC_DEF_KEY_ = ? AND p.BUSINESS_KEY_ IS NOT NULL""";

    /** When each case was decided: validated, prohibited or closed without follow-up (granted, refused, closed). */
    private static final String DECIDED = """
            SELECT a.PROC_INST_ID_ AS id, MIN(a.START_TIME_) AS decided_at
            FROM ACT_HI_ACTINST a
            WHERE a.PROC_DEF_KEY_ = ? AND a.ACT_ID_ IN (?, ?, ?)
            GROUP BY a.PROC_INST_ID_""";

    private final JdbcTemplate jdbc;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    Dashboard(JdbcTemplate jdbc, TaskService taskService, RuntimeService runtimeService,
            RepositoryService repositoryService) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    DashboardFigures figures() {
        Map<String, Instant> decidedAt = new HashMap<>();
        jdbc.query(DECIDED, rs -> {
            decidedAt.put(rs.getString("id"), rs.getTimestamp("decided_at").toInstant());
        }, ExportDeclarationProcess.KEY, ExportDeclarationProcess.Elements.VALIDATE,
                ExportDeclarationProcess.Elements.PROHIBIT, ExportDeclarationProcess.Elements.CLOSE_WITHOUT_FOLLOW_UP);
        jdbc.query(DECIDED, rs -> {
            decidedAt.put(rs.getString("id"), rs.getTimestamp("decided_at").toInstant());
        }, ImportAuthorisationProcess.KEY, ImportAuthorisationProcess.Elements.GRANT,
                ImportAuthorisationProcess.Elements.REFUSE, ImportAuthorisationProcess.Elements.CLOSE_WITHOUT_FOLLOW_UP);

        org.springframework.jdbc.core.RowMapper<Case> toCase = (rs, row) -> {
            Timestamp filed = rs.getTimestamp("filed_at");
            String id = rs.getString("id");
            return new Case(rs.getString("type"), filed.toInstant(), decidedAt.get(id));
        };
        List<Case> cases = new ArrayList<>(jdbc.query(FILED, toCase, ExportDeclarationProcess.Vars.DECLARATION_TYPE,
                ExportDeclarationProcess.KEY));
        cases.addAll(jdbc.query(FILED_IMPORTS, toCase, ImportAuthorisationProcess.KEY));

        List<Double> durations = cases.stream().filter(Case::isDecided).map(Case::days).sorted().toList();
        long decided = durations.size();

        Map<String, List<Case>> byMonthAndType = cases.stream().collect(Collectors.groupingBy(
                c -> MONTH.format(c.filedAt()) + "|" + c.type(), TreeMap::new, Collectors.toList()));
        List<DashboardFigures.MonthRow> months = new ArrayList<>();
        byMonthAndType.forEach((key, group) -> {
            List<Double> groupDurations = group.stream().filter(Case::isDecided).map(Case::days).sorted().toList();
            String[] parts = key.split("\\|");
            months.add(new DashboardFigures.MonthRow(parts[0], parts[1], group.size(), groupDurations.size(),
                    group.size() - groupDurations.size(), percentile(groupDurations, 50)));
        });
        months.sort(Comparator.comparing(DashboardFigures.MonthRow::month).reversed()
                .thenComparing(DashboardFigures.MonthRow::type));

        long overdue = taskService.createTaskQuery().taskDefinitionKeyIn(ExportDeclarationProcess.Elements.REVIEW,
                ImportAuthorisationProcess.Elements.REVIEW).dueBefore(new Date()).count();
        List<Incident> open = runtimeService.createIncidentQuery().list();
        Map<String, String> processNames = new HashMap<>();
        Map<List<String>, Long> incidentCounts = open.stream().collect(Collectors.groupingBy(
                incident -> List.of(processName(incident.getProcessDefinitionId(), processNames),
                        String.valueOf(incident.getActivityId()), incident.getIncidentType()),
                Collectors.counting()));
        List<DashboardFigures.IncidentRow> incidents = new ArrayList<>();
        incidentCounts.forEach((key, count) -> incidents.add(
                new DashboardFigures.IncidentRow(key.get(0), key.get(1), key.get(2), count)));
        incidents.sort(Comparator.comparing(DashboardFigures.IncidentRow::count).reversed()
                .thenComparing(DashboardFigures.IncidentRow::process)
                .thenComparing(DashboardFigures.IncidentRow::activity));

        return new DashboardFigures(cases.size(), decided, cases.size() - decided, percentile(durations, 50),
                percentile(durations, 90), overdue, open.size(), months, incidents, Instant.now());
    }

    private String processName(String definitionId, Map<String, String> names) {
        return names.computeIfAbsent(String.valueOf(definitionId), id -> {
            ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionId(id)
                    .singleResult();
            return definition == null ? id : definition.getName();
        });
    }

    /** The nearest-rank percentile of sorted values, in days with one decimal; null without values. */
    static Double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Math.round(sorted.get(Math.max(rank, 1) - 1) * 10) / 10.0;
    }

    private record Case(String type, Instant filedAt, Instant decidedAt) {
        boolean isDecided() {
            return decidedAt != null;
        }

        double days() {
            return Duration.between(filedAt, decidedAt).toSeconds() / 86_400.0;
        }
    }
}
