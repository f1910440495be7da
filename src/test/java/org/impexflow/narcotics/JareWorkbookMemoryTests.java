package org.impexflow.narcotics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One upload's heap is bounded whatever the file: each hostile workbook is read by
 * {@link JareReaderProbe} in a JVM of its own with a 64 MB heap (the test's class path), which must end
 * normally with the refusal or finding expected, and whose peak heap must stay under
 * {@value #MAX_PEAK_MB} MB: summed over the heap pools, the upload's bytes included, and the 15 MB
 * that the number formats of POI and the JDK hold once loaded. The serial collector with an 8 MB young
 * generation keeps the peak close to what the reading holds, rather than to how much garbage a
 * collector lets pile up before collecting. The files are built under target/hostile-workbooks; each
 * is at most 5 MB, the largest upload accepted. Bounds on rows and memory only: no time is asserted.
 */
class JareWorkbookMemoryTests {

    private static final List<String> JVM = List.of("-Xmx64m", "-XX:+UseSerialGC", "-Xmn8m",
            "-XX:TieredStopAtLevel=1");
    private static final long MAX_PEAK_MB = 48;
    private static final Map<String, String> PEAKS = new LinkedHashMap<>();

    private static byte[] template;
    private static Path templateFile;

    @BeforeAll
    static void template() throws IOException {
        template = JareTemplate.generate("Laboratoire Démo", "42112345600012", 2025,
                JareReaderProbe.EXPECTED.substances(), JareReaderProbe.EXPECTED.preparations());
        templateFile = Files.write(HostileWorkbooks.folder().resolve("template.xlsx"), template);
    }

    @AfterAll
    static void printPeaks() {
        System.out.println("Heap of one reading, by file: peak (MB), of which the reading itself (peak less the "
                + "heap in use before it); the time it took, for information");
        PEAKS.forEach((file, peaks) -> System.out.println("  " + file + " " + peaks));
    }

    static Stream<Arguments> hostileWorkbooks() {
        return Stream.of(
                file("rows-172000.xlsx", "feuille Substances : plus de 10 000 lignes, lecture arrêtée à la ligne 10 001",
                        f -> HostileWorkbooks.substanceRows(template, 172_000, f)),
                file("rows-10001.xlsx", "feuille Substances : plus de 10 000 lignes",
                        f -> HostileWorkbooks.substanceRows(template, 10_001 - 2, f)),
                file("rows-10000.xlsx", "ligne ajoutée",
                        f -> HostileWorkbooks.substanceRows(template, 10_000 - 2, f)),
                file("findings-40000.xlsx", "autre(s) constat(s) non listé(s), dont",
                        f -> HostileWorkbooks.manyFindings(template, 9_990, f)),
                file("shared-texts-40mb.xlsx", "plus de 200 000 textes différents ou plus de 4 000 000 caractères",
                        f -> HostileWorkbooks.sharedTexts(template, 400_000, 100, f)),
                file("shared-texts-at-limit.xlsx", "la ligne ne s'équilibre pas",
                        f -> HostileWorkbooks.sharedTexts(template, 199_000, 20, f)),
                file("cell-40mb.xlsx", "une de ses cellules ou balises dépasse 1 048 576 caractères",
                        f -> HostileWorkbooks.hugeCell(template, 40_000_000, f)),
                file("attribute-40mb.xlsx", "une de ses cellules ou balises dépasse 1 048 576 caractères",
                        f -> HostileWorkbooks.hugeAttribute(template, 40_000_000, f)),
                file("comment-40mb.xlsx", "n'est pas un classeur Excel (.xlsx) lisible",
                        f -> HostileWorkbooks.hugeComment(template, 40_000_000, f)),
                file("depth-2000000.xlsx", "n'est pas un classeur Excel (.xlsx) lisible",
                        f -> HostileWorkbooks.deepElements(template, 2_000_000, f)),
                file("content-types-40mb.xlsx", "les parties qui décrivent le classeur",
                        f -> HostileWorkbooks.hugeContentTypes(template, 40_000_000, f)),
                file("parts-50000.xlsx", "plus de 1 000 parties",
                        f -> HostileWorkbooks.manyParts(template, 50_000, f)),
                file("sheets-4000.xlsx", "autre(s) constat(s) non listé(s)",
                        f -> HostileWorkbooks.manySheets(template, 4_000, f)),
                file("styles-1200000.xlsx", "la ligne ne s'équilibre pas",
                        f -> HostileWorkbooks.manyStyles(template, 1_200_000, f)),
                file("one-sheet-for-all-4x40mb.xlsx", "ses parties, décompressées, dépassent 60 Mo",
                        f -> HostileWorkbooks.oneSheetForAll(template, 2_300_000, f)),
                file("worst-within-limits.xlsx", "autre(s) constat(s) non listé(s)", JareWorkbookMemoryTests::worst));
    }

    /**
     * Every limit nearly reached at once: 3,500 sheets added, 199,000 shared texts, 9,998 rows of
     * substances that ANSM does not know.
     */
    private static Path worst(Path file) {
        try {
            Path sheets = HostileWorkbooks.manySheets(template, 3_500, file.resolveSibling("worst-1.xlsx"));
            Path texts = HostileWorkbooks.sharedTexts(Files.readAllBytes(sheets), 199_000, 20,
                    file.resolveSibling("worst-2.xlsx"));
            return HostileWorkbooks.substanceRows(Files.readAllBytes(texts), WorkbookFiles.MAX_ROWS - 2, file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileWorkbooks")
    void oneReadingHoldsAFewTensOfMegabytesAtMost(String name, String expected, Function<Path, Path> build)
            throws Exception {
        Path file = build.apply(HostileWorkbooks.folder().resolve(name));
        assertThat(Files.size(file)).as("an upload the service accepts").isLessThanOrEqualTo(WorkbookFiles.MAX_BYTES);

        Map<String, String> out = probe(file);

        assertThat(out).as("the reading ended normally in " + JVM).containsKey("peak");
        assertThat(out.get("findings")).contains(expected);
        long peak = Long.parseLong(out.get("peak"));
        PEAKS.put(name, String.format(java.util.Locale.ROOT, "%.1f (%.1f), read in %s ms", megabytes(peak),
                megabytes(Long.parseLong(out.get("used"))), out.get("millis")));
        assertThat(peak).as("peak heap of the reading of " + name).isLessThan(MAX_PEAK_MB * 1024 * 1024);
    }

    private static double megabytes(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static Arguments file(String name, String expected, Function<Path, Path> build) {
        return Arguments.of(name, expected, build);
    }

    /** Runs the probe on the file in a JVM of its own; its output as key=value, findings joined. */
    private static Map<String, String> probe(Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JareReaderProbe.class.getName(),
                templateFile.toString(), file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        System.out.println("--- " + file.getFileName() + "\n" + output);
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> findings = new ArrayList<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.startsWith("finding=")) {
                findings.add(line.substring(eq + 1));
            } else if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        values.put("findings", String.join("\n", findings));
        return values;
    }
}
