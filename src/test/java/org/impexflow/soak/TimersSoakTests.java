package org.impexflow.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.impexflow.ImpexflowApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application as {@code mvn spring-boot:run} starts it (default profile, demo data with the annual
 * declaration of the past year already past its deadline, the real clock and job executor, an H2 file),
 * left alone for a few minutes: once the jobs that were due at start have run, nothing runs again. No
 * timer runs twice for one due date, the declaration past its deadline is marked late once, and neither
 * the engine's tables nor the H2 file grow during the soak. Prints the figures.
 * Run by {@code tools/soak/run.sh} (a few minutes of real time: not in the plain test command).
 */
@Tag("soak")
class TimersSoakTests {

    /** The engine's tables that a timer firing again and again would fill. */
    private static final List<String> TABLES = List.of("ACT_RU_JOB", "ACT_HI_JOB_LOG", "ACT_HI_ACTINST",
            "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_TASKINST", "ACT_HI_PROCINST", "ACT_HI_OP_LOG");
    /** What the H2 file may grow by while nothing happens (its own housekeeping); the loop wrote ~80 MB a minute. */
    private static final long FILE_SLACK = 1024 * 1024;

    private final Duration soak = Duration.ofSeconds(Long.getLong("soak.seconds", 120));
    private final Duration settleAtMost = Duration.ofSeconds(Long.getLong("soak.settle", 90));

    @TempDir
    Path data;

    @Test
    void leftAloneWithAPastDueDeclarationTheApplicationRunsEachTimerOnceAndStaysTheSameSize() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ImpexflowApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1", "--impexflow.data-dir=" + data.toAbsolutePath(),
                "--impexflow.mail.embedded.port=" + freePort(), "--logging.level.root=WARN",
                "--logging.level.org.impexflow=WARN");
        try {
            mailsAreReadFromThisMachineOnly("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Path file = data.resolve("impexflow.mv.db");
            Instant started = Instant.now();
            boolean settled = settle(jdbc);
            System.out.printf("soak: jobs due at start %s after %d s%n", settled ? "all run" : "STILL RUNNING",
                    Duration.between(started, Instant.now()).toSeconds());

            Map<String, Long> before = rows(jdbc);
            long sizeBefore = Files.size(file);
            Map<String, Long> runsBefore = runsPerActivity(jdbc);
            Thread.sleep(soak.toMillis());
            Map<String, Long> after = rows(jdbc);
            long sizeAfter = Files.size(file);
            Map<String, Long> runsAfter = runsPerActivity(jdbc);

            System.out.printf("soak: %d s of real time%n", soak.toSeconds());
            System.out.printf("soak: %-16s %12s %12s%n", "rows", "start", "end");
            before.forEach((table, count) -> System.out.printf("soak: %-16s %12d %12d%n", table, count,
                    after.get(table)));
            System.out.printf("soak: %-16s %12d %12d%n", "H2 file (bytes)", sizeBefore, sizeAfter);
            System.out.printf("soak: job executions per activity, start %s, end %s%n", runsBefore, runsAfter);

            assertThat(repeatedTimers(jdbc)).as("timers that ran more than once for one due date").isEmpty();
            assertThat(jdbc.queryForList("SELECT ACT_ID_ FROM ACT_HI_ACTINST WHERE PROC_DEF_KEY_ = "
                    + "'annual-narcotics-declaration' AND ACT_ID_ IN ('Task_MarkLate', 'Task_FollowUpLateDeclaration')",
                    String.class)).as("the demo declaration, past its deadline, is marked late once")
                    .containsExactlyInAnyOrder("Task_MarkLate", "Task_FollowUpLateDeclaration");
            assertThat(after).as("rows of the engine's tables during the soak").isEqualTo(before);
            assertThat(sizeAfter - sizeBefore).as("growth of the H2 file during the soak").isLessThanOrEqualTo(FILE_SLACK);
        } finally {
            app.close();
        }
    }

    /**
     * Waits until no job is due or held by the job executor for five seconds in a row (the jobs due at
     * start have run), or gives up after {@link #settleAtMost}: the soak then measures what goes on.
     */
    private boolean settle(JdbcTemplate jdbc) throws InterruptedException {
        Instant giveUp = Instant.now().plus(settleAtMost);
        int quiet = 0;
        while (Instant.now().isBefore(giveUp)) {
            Long busy = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 "
                    + "AND (DUEDATE_ IS NULL OR DUEDATE_ <= ? OR LOCK_OWNER_ IS NOT NULL)", Long.class,
                    Timestamp.from(Instant.now()));
            quiet = busy == 0 ? quiet + 1 : 0;
            if (quiet >= 5) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static Map<String, Long> rows(JdbcTemplate jdbc) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return rows;
    }

    /** Successful job executions per activity (timers and asynchronous steps). */
    private static Map<String, Long> runsPerActivity(JdbcTemplate jdbc) {
        Map<String, Long> runs = new LinkedHashMap<>();
        jdbc.query("SELECT ACT_ID_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY ACT_ID_ ORDER BY ACT_ID_",
                (java.sql.ResultSet rs) -> {
                    runs.put(rs.getString(1), rs.getLong(2));
                });
        return runs;
    }

    /** Timers of one instance and activity that ran more than once for the same due date. */
    private static List<Map<String, Object>> repeatedTimers(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT PROCESS_INSTANCE_ID_, ACT_ID_, JOB_DUEDATE_, COUNT(*) AS RUNS FROM ACT_HI_JOB_LOG "
                + "WHERE JOB_STATE_ = 2 AND JOB_DEF_TYPE_ LIKE 'timer%' GROUP BY PROCESS_INSTANCE_ID_, ACT_ID_, "
                + "JOB_DUEDATE_ HAVING COUNT(*) > 1");
    }

    /**
     * The mails a newcomer reads (README), behind Tomcat's handling of forwarded headers: {@code /mails}
     * answers a browser on this machine and not a request that came through a proxy. Tomcat marks every
     * request from the loopback address as forwarded (127/8 is a trusted proxy), headers or not: taken for a
     * proxy's mark, that made the page answer 404 to everybody. Checked here, on the application as it
     * starts on its defaults (a second application in the suite's JVM would unsettle the first's webapps).
     */
    private static void mailsAreReadFromThisMachineOnly(String base) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> local = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/mails")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> proxied = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/mails")).header("X-Forwarded-For", "203.0.113.7").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        System.out.printf("soak: /mails answers %d from this machine, %d through a proxy%n", local.statusCode(),
                proxied.statusCode());
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.body()).contains("<h1>Courriels envoyés</h1>");
        java.net.http.HttpResponse<String> english = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/mails?lang=en")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(english.body()).contains("<html lang=\"en\"", "<h1>E-mails sent</h1>", "newest first")
                .doesNotContain("Courriels envoyés", "Destinataire");
        assertThat(proxied.statusCode()).isEqualTo(404);
        assertThat(proxied.body()).contains("Page introuvable").doesNotContain("<h1>Courriels envoyés</h1>");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
