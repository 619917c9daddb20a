package dev.crashplan4j.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUid;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values a bulk run takes and gives: their checks, spellings and sums. */
class BulkValuesTest {

  @Test
  void outcomesAreSpelledAsAReportWritesThem() {
    assertThat(List.of(BulkOutcome.values())).extracting(BulkOutcome::wireName)
        .containsExactly("done", "already", "failed", "unknown", "not-started");
    assertThat(BulkOutcome.fromWire(" Not-Started ")).isEqualTo(BulkOutcome.NOT_STARTED);
    assertThatThrownBy(() -> BulkOutcome.fromWire("true"))
        .hasMessage("no bulk outcome is called \"true\"; there are done, already, failed, unknown, not-started");
  }

  @Test
  void operationsAreSpelledAsACommandLineNamesThem() {
    assertThat(List.of(BulkOperation.values())).extracting(BulkOperation::wireName)
        .containsExactly("create", "block", "unblock", "deactivate", "reactivate", "update", "settings", "read");
    assertThat(BulkOperation.fromWire("SETTINGS")).isEqualTo(BulkOperation.SETTINGS);
  }

  @Test
  void aCreateNamesItsParentOnce() {
    NewOrg underUid = NewOrg.builder().name("Acme").parentOrgUid(OrgUid.of("5678")).build();

    assertThatThrownBy(() -> BulkItem.create(underUid, OrgKey.externalReference("CUST-1")))
        .hasMessage("a create names its parent once: by the NewOrg's parentOrgUid (5678) or by external reference CUST-1,"
            + " not both");
  }

  @Test
  void aStateChangeIsOneOfTheFour() {
    assertThatThrownBy(() -> new BulkItem.StateChange(BulkOperation.UPDATE, OrgKey.of(OrgId.of(1))))
        .hasMessage("a state change blocks, unblocks, deactivates or reactivates, not UPDATE");
  }

  @Test
  void itemsAskingTheSameAreEqualSoThatAResumedRunKnowsThem() {
    SettingsValues ninety = SettingsValues.builder().archiveHoldDays(90).build();

    assertThat(BulkItem.editSettings(OrgKey.externalReference("A"), ninety))
        .isEqualTo(BulkItem.editSettings(OrgKey.externalReference("A"), SettingsValues.builder().archiveHoldDays(90).build()));
    assertThat(BulkItem.create(NewOrg.builder().name("Acme").externalReference("A").build()).org())
        .contains(OrgKey.externalReference("A"));
    assertThat(BulkItem.create(NewOrg.builder().name("Acme").build()).org()).isEmpty();
  }

  @Test
  void settingsValuesAreCheckedAsAnEditChecksThem() {
    assertThatThrownBy(() -> SettingsValues.builder().build()).hasMessage("SettingsValues must set at least one setting");
    assertThatThrownBy(() -> SettingsValues.builder().archiveHoldDays(0).build())
        .hasMessage("archiveHoldDays must be at least 1, was 0");
  }

  @Test
  void optionsAreCheckedWhenBuilt() {
    assertThat(BulkOptions.defaults().concurrency()).isEqualTo(4);
    assertThatThrownBy(() -> BulkOptions.builder().concurrency(0).build())
        .hasMessage("concurrency must be 1 to 64, was 0");
    assertThatThrownBy(() -> BulkOptions.builder().maxFailures(0).build())
        .hasMessage("maxFailures must be at least 1, was 0");
    assertThatThrownBy(() -> BulkOptions.builder().resumed(Map.of(BulkItem.read(OrgKey.of(OrgId.of(1))), BulkOutcome.FAILED))
        .build()).hasMessage("a resumed item is done or already so, not failed: read org 1");
  }

  @Test
  void theLastResumableResultOfAnItemWins() {
    BulkItem first = BulkItem.block(OrgId.of(1));
    BulkItem second = BulkItem.block(OrgId.of(2));
    List<BulkResult<BulkItem>> results = List.of(
        result(0, first, BulkOutcome.DONE), result(1, second, BulkOutcome.ALREADY),
        result(2, BulkItem.block(OrgId.of(3)), BulkOutcome.NOT_STARTED), result(3, second, BulkOutcome.NOT_STARTED));

    assertThat(BulkResult.resumable(results)).containsExactly(Map.entry(first, BulkOutcome.DONE));
  }

  @Test
  void aSummaryAddsUpToItsTotal() {
    assertThatThrownBy(() -> new BulkSummary(10, 5, 1, 1, 1, 1, 0, BulkStop.COMPLETED, Duration.ZERO))
        .hasMessage("the outcomes add up to 9, not the total 10");
    assertThat(new BulkSummary(4, 1, 1, 1, 1, 0, 0, BulkStop.CANCELLED, Duration.ofSeconds(2)))
        .hasToString("4 items: 1 done, 1 already, 1 failed, 1 unknown, 0 not started (cancelled in PT2S)");
  }

  @Test
  void aResumedSummarySaysHowManyWereCarriedOver() {
    assertThat(new BulkSummary(20, 20, 0, 0, 0, 0, 17, BulkStop.COMPLETED, Duration.ofSeconds(1)))
        .hasToString("20 items: 20 done, 0 already, 0 failed, 0 unknown, 0 not started, 17 carried over from the"
            + " earlier report (completed in PT1S)");
  }

  @Test
  void onlyAFailedResultHasAFailure() {
    assertThatThrownBy(() -> result(0, BulkItem.block(OrgId.of(1)), BulkOutcome.FAILED))
        .hasMessage("a failed result needs failure");
  }

  private static BulkResult<BulkItem> result(long position, BulkItem item, BulkOutcome outcome) {
    return new BulkResult<>(position, item, item, outcome, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        false);
  }
}
