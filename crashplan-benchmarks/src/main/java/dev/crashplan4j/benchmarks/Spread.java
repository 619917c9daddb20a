package dev.crashplan4j.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a set of per-round figures lies: its median, quartiles, extremes, and a distribution-free
 * interval for the median (the order statistics a binomial count of rounds puts around it, so no
 * assumption about the noise's shape is made: a shared machine's noise is not normal).
 *
 * @param median the middle value (the mean of the two middle ones for an even count)
 * @param lowerQuartile the 25th percentile, linearly interpolated between ranks
 * @param upperQuartile the 75th percentile, linearly interpolated between ranks
 * @param min the smallest value
 * @param max the largest value
 * @param medianLow the lower end of the median's interval
 * @param medianHigh the upper end of the median's interval
 * @param coverage the probability that the interval holds the true median, at least 0.95 when
 *     there are 6 values or more, less below (then the interval is the extremes)
 */
record Spread(double median, double lowerQuartile, double upperQuartile, double min, double max, double medianLow,
    double medianHigh, double coverage) {

  /** The spread of {@code values}; at least one value. */
  static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to spread");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    int rank = medianRank(n);
    return new Spread(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted[0], sorted[n - 1],
        sorted[rank - 1], sorted[n - rank], 1 - 2 * binomialAtMost(n, rank - 1));
  }

  /**
   * The {@code p}-quantile of sorted values, interpolated between the ranks either side of
   * {@code (n - 1) p} (R's and NumPy's default, type 7).
   */
  static double quantile(double[] sorted, double p) {
    double position = (sorted.length - 1) * p;
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  /** Each round's {@code numerators[i] / denominators[i]}: the pairs were measured side by side. */
  static List<Double> ratios(List<Double> numerators, List<Double> denominators) {
    if (numerators.size() != denominators.size()) {
      throw new IllegalArgumentException(numerators.size() + " numerators for " + denominators.size() + " denominators");
    }
    Double[] ratios = new Double[numerators.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = numerators.get(i) / denominators.get(i);
    }
    return Arrays.asList(ratios);
  }

  /** The interquartile range over the median: how wide the middle half is, as a fraction. */
  double relativeIqr() {
    return (upperQuartile - lowerQuartile) / median;
  }

  /** {@code median [q1, q3] (min - max)} in the given format, for example {@code "%.2f"}. */
  String describe(String format) {
    return String.format(Locale.ROOT, format + " [" + format + ", " + format + "] (" + format + " - " + format + ")",
        median, lowerQuartile, upperQuartile, min, max);
  }

  /** {@code low - high} of the median's interval, in the given format. */
  String medianInterval(String format) {
    return String.format(Locale.ROOT, format + " - " + format, medianLow, medianHigh);
  }

  // The largest rank k (1-based) whose interval [x(k), x(n+1-k)] still holds the median with at
  // least 95 %: each value falls below the median with probability 1/2, so a miss on either side
  // is a binomial tail. Too few values for any such k: the extremes.
  private static int medianRank(int n) {
    int rank = 1;
    while (rank + 1 <= (n + 1) / 2 && 2 * binomialAtMost(n, rank) <= 0.05) {
      rank++;
    }
    return rank;
  }

  // P(X <= k) for X ~ Binomial(n, 1/2).
  private static double binomialAtMost(int n, int k) {
    double sum = 0;
    double term = Math.pow(0.5, n);
    for (int i = 0; i <= k; i++) {
      sum += term;
      term = term * (n - i) / (i + 1);
    }
    return sum;
  }
}
