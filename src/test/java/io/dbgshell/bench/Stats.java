package io.dbgshell.bench;

import java.util.Arrays;
import java.util.Locale;

/** Order statistics of one series of samples (nanoseconds, bytes, ...). */
public final class Stats {
    private final double[] sorted;

    public Stats(double[] samples) {
        sorted = samples.clone();
        Arrays.sort(sorted);
    }

    public static Stats of(long[] samples) {
        return new Stats(Arrays.stream(samples).asDoubleStream().toArray());
    }

    public double quantile(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    public double median() {
        return quantile(0.5);
    }

    public double p99() {
        return quantile(0.99);
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }

    /** {@code median [min..max]} after dividing by {@code unit}. */
    public String spread(double unit, String suffix) {
        return String.format(Locale.ROOT, "%.3f%s [%.3f..%.3f] (IQR %.3f..%.3f, n=%d)", median() / unit, suffix,
                min() / unit, max() / unit, quantile(0.25) / unit, quantile(0.75) / unit, count());
    }
}
