package dev.crashplan4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void anOddCountsMedianIsItsMiddleValue() {
    assertThat(Spread.of(List.of(5.0, 1.0, 3.0)).median()).isEqualTo(3.0);
  }

  @Test
  void anEvenCountsMedianIsTheMeanOfTheMiddleTwo() {
    assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
  }

  @Test
  void quartilesInterpolateBetweenRanks() {
    Spread spread = Spread.of(List.of(1.0, 2.0, 3.0, 4.0));

    assertThat(spread.lowerQuartile()).isEqualTo(1.75);
    assertThat(spread.upperQuartile()).isEqualTo(3.25);
  }

  @Test
  void theExtremesAreTheSmallestAndLargest() {
    Spread spread = Spread.of(List.of(7.0, -2.0, 9.5, 0.0));

    assertThat(spread.min()).isEqualTo(-2.0);
    assertThat(spread.max()).isEqualTo(9.5);
  }

  @Test
  void oneValueIsItsOwnSpread() {
    assertThat(Spread.of(List.of(4.0))).isEqualTo(new Spread(4, 4, 4, 4, 4, 4, 4, 0));
  }

  @Test
  void twentyOneRoundsPutTheMediansIntervalAtRanksSixAndSixteen() {
    List<Double> ranks = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(rank -> (double) rank).toList();

    Spread spread = Spread.of(ranks);

    assertThat(spread.medianLow()).isEqualTo(6.0);
    assertThat(spread.medianHigh()).isEqualTo(16.0);
    assertThat(spread.coverage()).isCloseTo(0.9734, within(0.0001));
  }

  @Test
  void fiveRoundsAreTooFewForAnIntervalInsideTheExtremes() {
    Spread spread = Spread.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));

    assertThat(spread.medianLow()).isEqualTo(1.0);
    assertThat(spread.medianHigh()).isEqualTo(5.0);
    assertThat(spread.coverage()).isEqualTo(0.9375);
  }

  @Test
  void theRatioIsTakenRoundByRound() {
    assertThat(Spread.ratios(List.of(120.0, 90.0, 300.0), List.of(100.0, 100.0, 200.0))).containsExactly(1.2, 0.9, 1.5);
  }

  @Test
  void roundsOfUnequalCountsHaveNoRatio() {
    assertThatThrownBy(() -> Spread.ratios(List.of(1.0, 2.0), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("2 numerators for 1 denominators");
  }

  @Test
  void noValuesHaveNoSpread() {
    assertThatThrownBy(() -> Spread.of(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no values to spread");
  }

  @Test
  void theMiddleHalfIsStatedAsAFractionOfTheMedian() {
    assertThat(Spread.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0)).relativeIqr()).isEqualTo(2.0 / 3.0);
  }
}
