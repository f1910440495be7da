package org.impexflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU a phase of the benchmark used: the JVM's own (application, engine, the benchmark's clients and its
 * SMTP server) and the whole machine's (the JVM and the database server), from {@code /proc/stat}. Divided
 * by the calls of the phase, it says what one call costs whatever the run-to-run variation of throughput.
 */
final class CpuTime {

    /** Linux counts {@code /proc/stat} in ticks of 10 ms (USER_HZ 100). */
    private static final double MS_PER_TICK = 10.0;

    private final long jvmNanos;
    private final long machineTicks;

    private CpuTime() {
        this.jvmNanos = jvmNanos();
        this.machineTicks = machineTicks();
    }

    static CpuTime now() {
        return new CpuTime();
    }

    /** JVM CPU milliseconds per call since this reading. */
    double jvmMsPer(long calls) {
        return (jvmNanos() - jvmNanos) / 1e6 / Math.max(1, calls);
    }

    /** Machine CPU milliseconds per call since this reading; 0 where {@code /proc/stat} cannot be read. */
    double machineMsPer(long calls) {
        long ticks = machineTicks();
        return ticks < 0 ? 0 : (ticks - machineTicks) * MS_PER_TICK / Math.max(1, calls);
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Busy ticks of all cores: user, nice, system, irq, softirq and steal (idle and iowait left out). */
    private static long machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(cpu[field]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
