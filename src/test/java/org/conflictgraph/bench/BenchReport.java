package org.conflictgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

/**
 * Collects benchmark figures — each a subject measured against a baseline in the same run — and writes
 * {@code target/bench/<case>.json} plus a Markdown table {@code target/bench/<case>.md}.
 */
public final class BenchReport {

    /** One compared figure: ratio = subject median / baseline median (for times; for rates, baseline / subject). */
    public record Row(String name, String unit, Stats baseline, Stats subject, double ratio, String goal, String note) {
    }

    private final String caseName;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public BenchReport(String caseName) {
        this.caseName = caseName;
    }

    public void add(Row row) {
        rows.add(row);
        System.out.printf("[bench] %-48s baseline p50 %9.2f %s  subject p50 %9.2f %s  ratio %.2f  (goal %s)%n",
                row.name(), row.baseline().median(), row.unit(), row.subject().median(), row.unit(), row.ratio(),
                row.goal());
    }

    /** Times a subject against a baseline, interleaving the runs so drift hits both alike. */
    public Row compareTimes(String name, int warmups, int runs, Runnable baseline, Runnable subject, String goal) {
        for (int i = 0; i < warmups; i++) {
            baseline.run();
            subject.run();
        }
        List<Double> b = new ArrayList<>();
        List<Double> s = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            b.add(time(baseline));
            s.add(time(subject));
        }
        Stats bs = Stats.of(b);
        Stats ss = Stats.of(s);
        Row row = new Row(name, "ms", bs, ss, ss.median() / bs.median(), goal, "");
        add(row);
        return row;
    }

    public void fact(String key, Object value) {
        facts.put(key, value);
        System.out.printf("[bench] %s = %s%n", key, value);
    }

    public static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    public static <T> T timed(Supplier<T> s, List<Double> into) {
        long t0 = System.nanoTime();
        T value = s.get();
        into.add((System.nanoTime() - t0) / 1e6);
        return value;
    }

    /** Peak resident set size of this JVM in KiB, or -1 where /proc is unavailable. */
    public static long rssKiB() {
        return procStatusKiB("VmHWM:");
    }

    /** A KiB figure of /proc/self/status, e.g. {@code VmRSS:} (current) or {@code VmHWM:} (peak); -1 if unknown. */
    public static long procStatusKiB(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    public void write() {
        Path dir = Path.of("target", "bench");
        try {
            Files.createDirectories(dir);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("case", caseName);
            doc.put("at", OffsetDateTime.now().toString());
            doc.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                    "maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20,
                    "java", System.getProperty("java.version"),
                    "vm", ManagementFactory.getRuntimeMXBean().getVmName()));
            doc.put("rows", rows);
            doc.put("facts", facts);
            Files.writeString(dir.resolve(caseName + ".json"),
                    JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            StringBuilder md = new StringBuilder("### " + caseName + "\n\n")
                    .append("| figure | unit | baseline min / median / max | subject min / median / max | ratio | goal |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (Row r : rows) {
                md.append(String.format("| %s | %s | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %.2f | %s |%n",
                        r.name(), r.unit(), r.baseline().min(), r.baseline().median(), r.baseline().max(),
                        r.subject().min(), r.subject().median(), r.subject().max(), r.ratio(), r.goal()));
            }
            if (!facts.isEmpty()) {
                md.append("\n| fact | value |\n|---|---|\n");
                facts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
            }
            Files.writeString(dir.resolve(caseName + ".md"), md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
