package org.impexflow.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.impexflow.ImpexflowApplication;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.establishment.Establishments;
import org.impexflow.account.Accounts;
import org.impexflow.support.Declarations;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TotpCodes;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark of docs/benchmarks.md: the whole application in this JVM, on H2 (default) or
 * PostgreSQL ({@code -Dbenchmark.postgres=true}), driven over HTTP like its users. Run by
 * {@code tools/benchmark/run.sh}; prints a table and one {@code name=value} line per figure.
 */
@Tag("benchmark")
class BenchmarkTests {

    private static final String API = "api@labo.example";
    private static final String PASSWORD = "Vk8#Lp2!Rz5q";
    private static final Pattern NUMBER = Pattern.compile("\"businessKey\":\"(\\d{4}-\\d{2}-\\d{4})\"");
    private static final String OTHER_SIRET = "73282932000074";

    private final int clients = Integer.getInteger("benchmark.clients", 4);
    private final int warmupSeconds = Integer.getInteger("benchmark.warmup", 20);
    private final int measureSeconds = Integer.getInteger("benchmark.seconds", 30);
    private final int openCases = Integer.getInteger("benchmark.cases", 100_000);
    private final boolean postgres = Boolean.getBoolean("benchmark.postgres");
    /** Only the load and the queries: for a database kept with --data, whose loaded cases' jobs wait. */
    private final boolean queriesOnly = Boolean.getBoolean("benchmark.queriesOnly");
    private static final String FILING = Declarations.restFiling("Banc d'essai");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> figures = new LinkedHashMap<>();
    /** The CPU used since the measured window of the last throughput phase began (after its warm-up and JIT). */
    private volatile CpuTime windowCpu;
    /** Acknowledgements seen on the SMTP server so far, by Message-ID: each mail's subject is decoded once. */
    private final Map<String, String> acknowledgements = new java.util.concurrent.ConcurrentHashMap<>();
    private String base;

    @Test
    void measure() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        long started = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ImpexflowApplication.class)
                .run(arguments(smtp.getSmtp().getPort()));
        figure("startup_s", (System.nanoTime() - started) / 1e9);
        try {
            base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            if (!queriesOnly) {
                deployBareProcess(engine);
                double bare = throughput("bare", i -> start("bench-bare", "{}") != null);
                figure("bare_starts_per_s", bare);
                cpuFigures("bare", Math.round(bare * measureSeconds));
                measureFiling(engine, app.getBean(JdbcTemplate.class), smtp, bare);
                measureBareCase(app.getBean(JdbcTemplate.class), bare);
            }

            app.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor().shutdown();
            loadOpenCases(engine, app);
            figure("review_queue_p95_ms", reviewQueueP95(engine, "application/json"));
            figure("review_queue_with_count_p95_ms", reviewQueueP95(engine, TASKLIST_ACCEPT));
            figure("home_table_p95_ms", homeTableP95());
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            figure("heap_after_load_mib", (runtime.totalMemory() - runtime.freeMemory()) / 1024.0 / 1024.0);
        } finally {
            report();
            app.close();
            smtp.stop();
        }
    }

    /** As command-line arguments: they win over application.yml (default properties would not). */
    private String[] arguments(int smtpPort) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", 0);
        p.put("spring.mail.host", "127.0.0.1");
        p.put("spring.mail.port", smtpPort);
        p.put("impexflow.demo.enabled", true);
        p.put("impexflow.demo.cases", false);
        p.put("logging.level.root", "WARN");
        p.put("logging.level.org.impexflow", "WARN");
        if (queriesOnly) {
            // the acknowledgements of the loaded cases wait as jobs: leave them waiting
            p.put("camunda.bpm.job-execution.enabled", false);
        }
        if (postgres) {
            p.put("spring.profiles.active", "postgres");
            p.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/impexflow_benchmark");
            p.put("spring.datasource.password", "impexflow");
            p.put("impexflow.security.totp-encryption-key", "benchmark-key-0123456789");
        } else {
            // -Dbenchmark.data=DIR keeps the database between runs: the open cases are loaded once
            String data = System.getProperty("benchmark.data", "target/benchmark/h2-" + System.currentTimeMillis());
            p.put("impexflow.data-dir", java.nio.file.Path.of(data).toAbsolutePath());
            // H2 answers a query repeated on unchanged tables from the previous result: measure the query itself
            p.put("impexflow.h2-options", ";OPTIMIZE_REUSE_RESULTS=FALSE");
        }
        return p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /**
     * start → Java service task → end: the engine's own ceiling, through the same REST API; and start → user
     * task, which keeps what a filing's caller sends as variables and waits: what the engine alone costs to
     * hold a filed case, with the same history.
     */
    private void deployBareProcess(ProcessEngine engine) {
        BpmnModelInstance bare = Bpmn.createExecutableProcess("bench-bare").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Started").serviceTask("Task_Nothing")
                .camundaDelegateExpression("${benchmarkNoOp}").endEvent("EndEvent_Done").done();
        BpmnModelInstance bareCase = Bpmn.createExecutableProcess("bench-case").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Filed").userTask("Task_Wait").endEvent("EndEvent_Done").done();
        engine.getRepositoryService().createDeployment().name("benchmark").addModelInstance("bench-bare.bpmn", bare)
                .addModelInstance("bench-case.bpmn", bareCase).deploy();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String process : List.of("bench-bare", "bench-case")) {
            Authorization start = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            start.setGroupId("api-clients");
            start.setResource(Resources.PROCESS_DEFINITION);
            start.setResourceId(process);
            start.addPermission(ProcessDefinitionPermissions.READ);
            start.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
            authorizations.saveAuthorization(start);
        }
    }

    /**
     * The filing's own request started on {@code bench-case}: its variables kept with full history, one user
     * task, nothing of ours. A filing that cost nothing besides would reach {@code filing_ratio_ceiling}.
     */
    private void measureBareCase(JdbcTemplate jdbc, double bare) throws Exception {
        TableWrites writes = TableWrites.from(jdbc, postgres);
        String cases = "SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_Wait'";
        long before = jdbc.queryForObject(cases, Long.class);
        double perSecond = throughput("bare case", i -> start("bench-case", FILING) != null);
        figure("bare_case_per_s", perSecond);
        cpuFigures("bare_case", Math.round(perSecond * measureSeconds));
        figure("bare_case_rows_written", writes.print("bare case", jdbc.queryForObject(cases, Long.class) - before)[0]);
        figure("filing_ratio_ceiling", perSecond / bare);
    }

    /** {@code <phase>_jvm_cpu_ms} and {@code <phase>_machine_cpu_ms}: CPU per call over the measured window. */
    private void cpuFigures(String phase, long calls) {
        figure(phase + "_jvm_cpu_ms", windowCpu.jvmMsPer(calls));
        figure(phase + "_machine_cpu_ms", windowCpu.machineMsPer(calls));
    }

    private void measureFiling(ProcessEngine engine, JdbcTemplate jdbc, GreenMail smtp, double bare) throws Exception {
        String filings = "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'export-declaration'";
        long filedBefore = jdbc.queryForObject(filings, Long.class);
        TableWrites writes = TableWrites.from(jdbc, postgres);
        List<Long> latencies = new CopyOnWriteArrayList<>();
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        long[] window = new long[2];
        double answeredPerSecond = throughput("filing", i -> {
            long t = System.nanoTime();
            String body = start("export-declaration", FILING);
            Matcher number = NUMBER.matcher(body == null ? "" : body);
            if (number.find()) {
                latencies.add((System.nanoTime() - t) / 1_000_000);
                numbers.add(number.group(1));
                return true;
            }
            return false;
        }, latencies, numbers, window);
        // counted only once registered, acknowledged on the SMTP server and waiting in the review queue
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long done;
        while (true) {
            int acknowledged = acknowledged(smtp, numbers);
            Integer queued = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e "
                    + "ON e.ID_ = t.PROC_INST_ID_ AND e.PARENT_ID_ IS NULL WHERE t.TASK_DEF_KEY_ = "
                    + "'Task_ReviewDeclaration' AND e.BUSINESS_KEY_ IN (" + String.join(",",
                    numbers.stream().map(n -> "'" + n + "'").toList()) + ")", Integer.class);
            if (acknowledged == numbers.size() && queued == numbers.size() || System.nanoTime() > deadline) {
                done = System.nanoTime();
                figure("filing_acknowledged", acknowledged);
                // the filings of the window, each until acknowledged and queued: what one costs
                cpuFigures("filing", numbers.size());
                break;
            }
            Thread.sleep(100);
        }
        // what the filings wrote, warm-up included, once each is acknowledged and queued
        double[] perFiling = writes.print("filing", jdbc.queryForObject(filings, Long.class) - filedBefore);
        figure("filing_rows_written", perFiling[0]);
        if (postgres) {
            figure("filing_commits", perFiling[1]);
        }
        double filing = numbers.size() / ((done - window[0]) / 1e9);
        figure("filing_answered_per_s", answeredPerSecond);
        figure("filing_per_s", filing);
        figure("filing_p99_ms", percentile(latencies, 99));
        figure("filing_p50_ms", percentile(latencies, 50));
        figure("filing_ratio_vs_bare", filing / bare);
    }

    private double throughput(String name, IntFunction<Boolean> call) throws Exception {
        return throughput(name, call, null, null, new long[2]);
    }

    /**
     * {@code clients} threads call without pause: a warm-up, then the measured window. Calls of the
     * warm-up are dropped from {@code latencies} and {@code keys}.
     */
    private double throughput(String name, IntFunction<Boolean> call, List<Long> latencies, Set<String> keys,
            long[] window) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
        long until = measureFrom + Duration.ofSeconds(measureSeconds).toNanos();
        AtomicInteger counted = new AtomicInteger();
        boolean[] cleared = new boolean[1];
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < until) {
                    long t = System.nanoTime();
                    boolean ok = call.apply(i++);
                    if (t >= measureFrom) {
                        synchronized (cleared) {
                            if (!cleared[0]) {
                                cleared[0] = true;
                                windowCpu = CpuTime.now();
                                if (latencies != null) {
                                    latencies.clear();
                                    keys.clear();
                                }
                            }
                        }
                        if (ok) {
                            counted.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(measureSeconds + warmupSeconds + 120L, TimeUnit.SECONDS);
        window[0] = measureFrom;
        window[1] = until;
        System.out.printf(Locale.ROOT, "%s: %d calls in the %d s window%n", name, counted.get(), measureSeconds);
        return counted.get() / (double) measureSeconds;
    }

    private void loadOpenCases(ProcessEngine engine, ConfigurableApplicationContext app) throws Exception {
        Establishments establishments = app.getBean(Establishments.class);
        Establishment other = establishments.bySiret(OTHER_SIRET).orElseGet(() -> establishments.create(
                new Establishment(OTHER_SIRET, "Autre Laboratoire", EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT,
                        "1 avenue du Test", "75001", "Paris", "FR")));
        // a filing is made by a person of the establishment, logged in (the engine refuses any other start)
        String otherDeclarant = TestAccounts.declarant(app.getBean(Accounts.class), establishments, other);
        long already = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewDeclaration").count();
        int toCreate = (int) Math.max(0, openCases - already);
        long started = System.nanoTime();
        AtomicInteger created = new AtomicInteger();
        // a month holds at most 9999 numbers (YYYY-MM-NNNN): the load is filed month by month in the
        // past, on the engine's clock, as years of cases would have been; the clock is moved back and keeps
        // running, so that every case has its own filing instant and due date as real filings do (a clock
        // frozen per month gave each month's 9,000 cases one instant: 1,233 due dates for 100,000 tasks)
        int perMonth = 9_000;
        java.time.ZonedDateTime month = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Paris"))
                .withDayOfMonth(15).withHour(10);
        try {
            for (int chunk = 0; chunk * perMonth < toCreate; chunk++) {
                month = month.minusMonths(1);
                org.camunda.bpm.engine.impl.util.ClockUtil.offset(month.toInstant().toEpochMilli()
                        - System.currentTimeMillis());
                int end = Math.min(toCreate, (chunk + 1) * perMonth);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<java.util.concurrent.Future<Object>> loaders = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    loaders.add(pool.submit(() -> {
                        int n;
                        while ((n = created.incrementAndGet()) <= end) {
                            // half the cases belong to the demo establishment: its home table has openCases / 2 rows
                            boolean demo = n % 2 == 0;
                            // the acknowledgement goes to an account of the filing establishment (refused otherwise)
                            String filer = demo ? Declarations.DECLARANT : otherDeclarant;
                            Declarations.fileAs(engine, filer, Declarations.with(Declarations.dei(),
                                    "establishmentSiret", demo ? Declarations.DEMO_SIRET : OTHER_SIRET,
                                    "declarantEmail", filer, "medicineName", "Charge " + n));
                            if (n % 10_000 == 0) {
                                System.out.printf(Locale.ROOT, "loaded %d open declarations (%.0f/s)%n", n,
                                        n / ((System.nanoTime() - started) / 1e9));
                            }
                        }
                        return null;
                    }));
                }
                pool.shutdown();
                for (java.util.concurrent.Future<Object> loader : loaders) {
                    loader.get(3, TimeUnit.HOURS); // a failed filing stops the benchmark
                }
                created.set(end);
            }
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        figure("load_cases_per_s", toCreate / ((System.nanoTime() - started) / 1e9));
        figure("open_declarations", engine.getTaskService().createTaskQuery()
                .taskDefinitionKey("Task_ReviewDeclaration").count());
    }

    /** A query phase stops after this (past its warm-up and a few measures) when its requests are slow. */
    private static final Duration MEASURE_AT_MOST = Duration.ofMinutes(3);

    /** What Tasklist accepts from the engine API: HAL first, whose task lists carry the filter's count. */
    private static final String TASKLIST_ACCEPT = "application/hal+json, application/json; q=0.5";

    /**
     * The reviewers' first page: 50 tasks of the queue by due date, with the columns. Asked as JSON, the
     * engine runs the page query alone; asked as Tasklist asks (HAL), it also counts the filter's tasks.
     */
    private double reviewQueueP95(ProcessEngine engine, String accept) {
        String filter = engine.getFilterService().createFilterQuery().filterName("Déclarations à instruire")
                .singleResult().getId();
        WebSession reviewer = new WebSession(base);
        reviewer.logIn(Declarations.REVIEWER, PASSWORD, TotpCodes.REVIEWER);
        reviewer.withHeader("Accept", accept);
        String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
        List<Long> times = new ArrayList<>();
        long deadline = System.nanoTime() + MEASURE_AT_MOST.toNanos();
        for (int i = 0; i < 80 && (i < 25 || System.nanoTime() < deadline); i++) {
            long t = System.nanoTime();
            WebSession.Page page = reviewer.webapp("POST", "/camunda/api/engine/engine/default/filter/" + filter
                    + "/list?firstResult=0&maxResults=50", body);
            if (page.status() != 200 || !page.body().contains("Instruire")
                    || accept.contains("hal") && !page.body().contains("\"count\"")) {
                throw new IllegalStateException("review queue: " + page.status());
            }
            if (i >= 20) {
                times.add((System.nanoTime() - t) / 1_000_000);
            }
        }
        System.out.printf(Locale.ROOT, "  review queue (%s): %d requests measured, median %d ms%n", accept, times.size(),
                (long) percentile(times, 50));
        return percentile(times, 95);
    }

    /**
     * The declarant's home page as the browser asks for it (counters, then a page of 50 of the
     * establishment's cases): the first pages by filing date, then sorted by medicine, then filtered by
     * status and by text.
     */
    private double homeTableP95() {
        WebSession declarant = new WebSession(base);
        declarant.logIn(Declarations.DECLARANT, PASSWORD, TotpCodes.DECLARANT);
        String[] queries = {"", "?page=2", "?page=3", "?tri=medicament&sens=asc", "?statut=FILED&page=4",
            "?q=charge%201", "?tri=numero&sens=asc&page=10"};
        List<Long> times = new ArrayList<>();
        Map<String, List<Long>> byQuery = new LinkedHashMap<>();
        long deadline = System.nanoTime() + MEASURE_AT_MOST.toNanos();
        for (int i = 0; i < 84 && (i < 28 || System.nanoTime() < deadline); i++) {
            long t = System.nanoTime();
            WebSession.Page page = declarant.get("/mes-declarations" + queries[i % queries.length]);
            byQuery.computeIfAbsent(queries[i % queries.length], q -> new ArrayList<>())
                    .add((System.nanoTime() - t) / 1_000_000);
            long rows = page.body().lines().filter(line -> line.contains("data-number=")).count();
            if (page.status() != 200 || rows != 50) {
                // its tenth page needs 500 cases of the demo establishment: half the load, plus the filings
                throw new IllegalStateException("home table " + queries[i % queries.length] + ": " + page.status()
                        + ", " + rows + " rows (it needs 500 open cases of the demo establishment: --cases 2000 or more)");
            }
            if (i >= 21) {
                times.add((System.nanoTime() - t) / 1_000_000);
            }
        }
        byQuery.forEach((query, ms) -> System.out.printf(Locale.ROOT, "  home table %-32s median %d ms%n",
                query.isEmpty() ? "(first page)" : query, (long) percentile(ms, 50)));
        return percentile(times, 95);
    }

    private String start(String process, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/engine-rest/process-definition/key/" + process
                + "/start")).header("Content-Type", "application/json").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((API + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The filings of {@code numbers} whose acknowledgement reached the SMTP server. */
    private int acknowledged(GreenMail smtp, Set<String> numbers) {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                String id = message.getHeader("Message-ID", null);
                if (id != null && !acknowledgements.containsKey(id)) {
                    String subject = message.getSubject();
                    int at = subject.lastIndexOf("N° ");
                    acknowledgements.put(id, subject.startsWith("Accusé d'enregistrement") && at >= 0
                            ? subject.substring(at + 3).trim() : "");
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        Set<String> seen = new java.util.HashSet<>(acknowledgements.values());
        seen.retainAll(numbers);
        return seen.size();
    }

    private static double percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private void figure(String name, double value) {
        // a ratio with two decimals (0.13, not 0.1), every other figure with one
        figures.put(name, String.format(Locale.ROOT, value < 1 && value > 0 ? "%.2f" : "%.1f", value));
        System.out.println(name + " = " + figures.get(name));
    }

    private void report() {
        System.out.println();
        System.out.printf("Benchmark on %s, %d clients, %d s warm-up, %d s measured, %d open declarations%n",
                postgres ? "PostgreSQL" : "H2", clients, warmupSeconds, measureSeconds, openCases);
        figures.forEach((name, value) -> System.out.printf("  %-24s %12s%n", name, value));
        System.out.println();
        figures.forEach((name, value) -> System.out.println(name + "=" + value));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
