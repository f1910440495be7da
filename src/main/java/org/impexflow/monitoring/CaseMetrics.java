package org.impexflow.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.impexflow.exportdeclaration.DeclarationStatus;
import org.impexflow.exportdeclaration.DeclarationType;
import org.impexflow.exportdeclaration.ExportDeclarationProcess;
import org.impexflow.importauthorisation.AuthorisationStatus;
import org.impexflow.importauthorisation.ImportAuthorisationProcess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The gauges a regulator watches (Prometheus at {@code /actuator/prometheus}): cases by type and
 * status (DEI, DEC and AI), open and overdue reviews of both processes, jobs with no retries left (incidents), and the age of the oldest
 * step waiting to send a mail or make a document. Read at most every {@code impexflow.monitoring.refresh}
 * (10 s), however often Prometheus scrapes.
 */
@Component
class CaseMetrics implements MeterBinder {

    /** The type tag of import authorisations, beside DEI and DEC. */
    static final String IMPORT_TYPE = "AI";
    /** The review tasks of every process that ANSM reviewers decide. */
    private static final String[] REVIEWS = {ExportDeclarationProcess.Elements.REVIEW,
        ImportAuthorisationProcess.Elements.REVIEW};

    private final JdbcTemplate jdbc;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot;

    CaseMetrics(JdbcTemplate jdbc, TaskService taskService, ManagementService managementService, Clock clock,
            @Value("${impexflow.monitoring.refresh:10s}") Duration refresh) {
        this.refresh = refresh;
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.managementService = managementService;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DeclarationType type : DeclarationType.values()) {
            for (DeclarationStatus status : DeclarationStatus.values()) {
                Gauge.builder("impexflow.cases", this, m -> m.current().count(type.name(), status.name()))
                        .description("Export declarations by type and status")
                        .tag("process", ExportDeclarationProcess.KEY).tag("type", type.name())
                        .tag("status", status.name()).register(registry);
            }
        }
        for (AuthorisationStatus status : AuthorisationStatus.values()) {
            Gauge.builder("impexflow.cases", this, m -> m.current().count(IMPORT_TYPE, status.name()))
                    .description("Import authorisations by status")
                    .tag("process", ImportAuthorisationProcess.KEY).tag("type", IMPORT_TYPE)
                    .tag("status", status.name()).register(registry);
        }
        Gauge.builder("impexflow.review.tasks.open", this, m -> m.current().openReviews())
                .description("Review tasks waiting for a decision").register(registry);
        Gauge.builder("impexflow.review.tasks.overdue", this, m -> m.current().overdueReviews())
                .description("Review tasks past their due date").register(registry);
        Gauge.builder("impexflow.jobs.without.retries", this, m -> m.current().jobsWithoutRetries())
                .description("Jobs with no retries left: incidents to handle in Cockpit").register(registry);
        Gauge.builder("impexflow.mail.oldest.unsent.age", this, m -> m.current().oldestPendingSeconds())
                .description("Age of the oldest step waiting to send a mail or make a document").baseUnit("seconds")
                .register(registry);
    }

    private Snapshot current() {
        Snapshot last = snapshot;
        Instant now = clock.instant();
        if (last == null || !last.takenAt().plus(refresh).isAfter(now)) {
            last = take(now);
            snapshot = last;
        }
        return last;
    }

    private Snapshot take(Instant now) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT d.declaration_type, c.status, COUNT(*) AS n FROM export_declaration d "
                + "JOIN case_file c ON c.id = d.id GROUP BY d.declaration_type, c.status", rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                });
        jdbc.query("SELECT status, COUNT(*) AS n FROM case_file WHERE kind = 'IMPORT_AUTHORISATION' GROUP BY status", rs -> {
            counts.put(IMPORT_TYPE + "/" + rs.getString(1), rs.getLong(2));
        });
        long open = taskService.createTaskQuery().taskDefinitionKeyIn(REVIEWS).count();
        long overdue = taskService.createTaskQuery().taskDefinitionKeyIn(REVIEWS).dueBefore(Date.from(now)).count();
        long noRetries = managementService.createJobQuery().noRetriesLeft().count();
        Timestamp oldest = jdbc.queryForObject(
                "SELECT MIN(CREATE_TIME_) FROM ACT_RU_JOB WHERE TYPE_ = 'message' AND RETRIES_ > 0", Timestamp.class);
        double age = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
        return new Snapshot(now, counts, open, overdue, noRetries, age);
    }

    private record Snapshot(Instant takenAt, Map<String, Long> counts, long openReviews, long overdueReviews,
            long jobsWithoutRetries, double oldestPendingSeconds) {

        double count(String type, String status) {
            return counts.getOrDefault(type + "/" + status, 0L);
        }
    }
}
