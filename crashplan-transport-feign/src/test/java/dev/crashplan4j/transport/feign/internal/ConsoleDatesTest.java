package dev.crashplan4j.transport.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleDatesTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "2021-06-17T15:20:31.207-05:00", "2021-06-17T15:20:31Z", "2021-06-17T15:20:31.5+01:00",
    "2026-11-29T13:25:14.380412084Z", "2020-02-29T00:00:00.000+14:00"})
  void theUsualShapesReadAsTheFormatterReadsThem(String text) {
    assertThat(ConsoleDates.parse(text)).isEqualTo(OffsetDateTime.parse(text, DtoMapper.CONSOLE_DATE_TIME));
  }

  @Test
  void anOffsetWithoutAColonIsRead() {
    assertThat(ConsoleDates.parse("2021-06-17T15:20:31.207-0500"))
        .isEqualTo(OffsetDateTime.parse("2021-06-17T15:20:31.207-05:00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2021-06-17", "2021-06-17T15:20:31", "2021-02-30T15:20:31Z",
      "2021-06-17T15:20:31.Z", "2021-06-17T15:20:31+5", "2021-06-17T25:20:31Z", "2021-06-17T15:20:31Zx"})
  void anythingElseIsLeftToTheFormatter(String text) {
    assertThat(ConsoleDates.parse(text)).isNull();
  }

  @Test
  void digitsOfOtherScriptsAreNotReadAsAFraction() {
    // U+0662 U+0660 U+0667: Arabic-Indic 2, 0, 7, which Character.isDigit accepts.
    assertThat(ConsoleDates.parse("2021-06-17T15:20:31.\u0662\u0660\u0667Z")).isNull();
    assertThat(ConsoleDates.parse("2021-06-17T15:20:31.207Z")).isNotNull();
  }
}
