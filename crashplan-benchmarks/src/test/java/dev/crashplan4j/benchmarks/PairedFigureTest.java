package dev.crashplan4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.benchmarks.RunPairedBenchmark.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedFigureTest {

  private static final List<Double> BY_HAND = List.of(100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0);

  @Test
  void aTimeIsComparedAsSdkOverBaseline() {
    Figure figure = new Figure("one call", "wall", "us", List.of(120.0, 90.0), List.of(100.0, 100.0), false, "", 0);

    assertThat(figure.ratios()).containsExactly(1.2, 0.9);
  }

  @Test
  void aThroughputIsComparedAsBaselineTimeOverSdkTime() {
    Figure figure = new Figure("bulk", "throughput", "ms", List.of(1_000.0), List.of(6_500.0), true, ">=", 6);

    assertThat(figure.ratios()).containsExactly(6.5);
  }

  @Test
  void aTargetIsMetWhenTheMediansWholeIntervalClearsIt() {
    Figure figure = figure(List.of(101.0, 102.0, 103.0, 104.0, 105.0, 106.0, 107.0));

    assertThat(figure.verdict(Spread.of(figure.ratios()))).isEqualTo("<= 1.10 met");
  }

  @Test
  void aMedianUnderTheTargetWithAnIntervalOverItSaysSo() {
    Figure figure = figure(List.of(95.0, 100.0, 105.0, 108.0, 115.0, 120.0, 125.0));

    assertThat(figure.verdict(Spread.of(figure.ratios()))).isEqualTo("<= 1.10 met at the median, not across its interval");
  }

  @Test
  void aMedianOverTheTargetIsMissed() {
    Figure figure = figure(List.of(105.0, 110.0, 112.0, 115.0, 118.0, 120.0, 125.0));

    assertThat(figure.verdict(Spread.of(figure.ratios()))).isEqualTo("<= 1.10 MISSED");
  }

  @Test
  void aFigureWithoutATargetIsReported() {
    Figure figure = new Figure("one call", "bytes", "B", BY_HAND, BY_HAND, false, "", 0);

    assertThat(figure.verdict(Spread.of(figure.ratios()))).isEqualTo("reported");
  }

  private static Figure figure(List<Double> sdk) {
    return new Figure("one call", "wall", "us", sdk, BY_HAND, false, "<=", 1.10);
  }
}
