package org.impexflow.narcotics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads one workbook (the second argument), as the service reads an upload, in a JVM of its own
 * (started by {@link JareWorkbookMemoryTests} with a small heap), and prints what the reading found
 * and the most heap it used: the peak of each heap pool after a collection, summed ({@code peak}, the
 * file's bytes included), and that less what was in use before ({@code used}). A first reading of a
 * valid workbook (the first argument) loads the classes before.
 */
public final class JareReaderProbe {

    static final JareExpectation EXPECTED = new JareExpectation(2025, List.of(
            new StockItem("Morphine (sulfate de)", "NDS-0001", "03400912345678", "6211-15-0", Unit.GRAM,
                    new BigDecimal("120.5")),
            new StockItem("Méthadone (chlorhydrate de)", "NDS-0002", null, "1095-90-5", Unit.MILLIGRAM, null)),
            List.of(new StockItem("Morphine solution buvable 1 mg/ml", "NDS-1001", "03400998765432", null,
                    Unit.MILLIGRAM, BigDecimal.ZERO)),
            Map.of("NDS-0001", new BigDecimal("10")), Map.of());

    private JareReaderProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        // the classes the reading uses are loaded, on a small valid workbook, before measuring
        JareReader.read(Files.readAllBytes(Path.of(args[0])), EXPECTED);
        System.gc();
        long baseline = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        byte[] content = Files.readAllBytes(Path.of(args[1]));
        JareReport report = JareReader.read(content, EXPECTED);
        long millis = (System.nanoTime() - start) / 1_000_000;

        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println("bytes=" + content.length);
        System.out.println("blocked=" + report.blocked());
        System.out.println("listed=" + report.findings().size());
        System.out.println("blocking=" + report.blocking());
        report.findings().stream().limit(3).forEach(f -> System.out.println("finding=" + f.where() + " | "
                + f.message().substring(0, Math.min(300, f.message().length()))));
        if (report.findings().size() > 3) {
            Finding last = report.findings().get(report.findings().size() - 1);
            System.out.println("finding=" + last.where() + " | " + last.message());
        }
        System.out.println("baseline=" + baseline);
        System.out.println("peak=" + peak);
        System.out.println("used=" + (peak - baseline));
        System.out.println("millis=" + millis);
    }
}
