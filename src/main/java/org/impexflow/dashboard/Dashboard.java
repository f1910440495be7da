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
 * Figures for the analysts: from the case register, cases of every kind filed, decided and pending per
 * type (DEI, DEC, AI, AT…) and month of filing, time from filing to decision (median and 90th percentile), reviews past their due
 * date, open incidents.
 */
@Service
record Dashboard(
        JdbcTemplate jdbc,
        TaskService taskService,
        RuntimeService runtimeService,
        RepositoryService repositoryService) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(PARIS);

    /**
     * Every case of the register, whatever its kind: its type (DEI, DEC, AI, AT…, or its kind when it has
     * none), when it was filed and decided.
     */
    private static final String CASES = "SELECT kind, case_type, filed_at, decided_at FROM case_file";

    DashboardFigures figures() {
        List<Case> cases = jdbc.query(CASES, (rs, row) -> {
            Timestamp decided = rs.getTimestamp("decided_at");
            return new Case(rs.getString("case_type"), rs.getString("kind"), rs.getTimestamp("filed_at").toInstant(),
                    decided == null ? null : decided.toInstant());
        });
        List<Double> durations = cases.stream().filter(Case::isDecided).map(Case::days).sorted().toList();
        long decided = durations.size();

        Map<String, List<Case>> byMonthAndType = cases.stream().collect(Collectors.groupingBy(
                c -> MONTH.format(c.filedAt()) + "|" + c.type() + "|" + c.kind(), TreeMap::new, Collectors.toList()));
        List<DashboardFigures.MonthRow> months = new ArrayList<>();
        byMonthAndType.forEach((key, group) -> {
            List<Double> groupDurations = group.stream().filter(Case::isDecided).map(Case::days).sorted().toList();
            String[] parts = key.split("\\|");
            months.add(new DashboardFigures.MonthRow(parts[0], group.get(0).type(), parts[2], group.size(),
                    groupDurations.size(), group.size() - groupDurations.size(), percentile(groupDurations, 50)));
        });
        months.sort(Comparator.comparing(DashboardFigures.MonthRow::month).reversed()
                .thenComparing(row -> row.type() == null ? row.kind() : row.type()));

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

    /** A case of the register: its type (DEI, DEC, AI, AT…), null for a kind of case that has none. */
    private record Case(String type, String kind, Instant filedAt, Instant decidedAt) {
        boolean isDecided() {
            return decidedAt != null;
        }

        double days() {
            return Duration.between(filedAt, decidedAt).toSeconds() / 86_400.0;
        }
    }
}
