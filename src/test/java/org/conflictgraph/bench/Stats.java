package org.conflictgraph.bench;

import java.util.Arrays;
import java.util.List;

/** Summary of repeated timings in milliseconds. */
public record Stats(int runs, double min, double median, double max, double p50, double p99, double mean) {

    public static Stats of(List<Double> millis) {
        double[] v = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return new Stats(0, 0, 0, 0, 0, 0, 0);
        }
        return new Stats(v.length, v[0], percentile(v, 50), v[v.length - 1], percentile(v, 50), percentile(v, 99),
                Arrays.stream(v).average().orElse(0));
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
