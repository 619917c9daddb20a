package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.SettingsValues;
import dev.crashplan4j.api.tree.DesiredOrg;
import dev.crashplan4j.api.tree.OrgChange;
import dev.crashplan4j.api.tree.OrgTree;
import dev.crashplan4j.api.tree.PlanOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildersTest {

  @Test
  void everyBuilderIsTheValueTypesOwn() throws NoSuchMethodException {
    for (Class<?> type : List.of(Retries.class, BulkOptions.class, SettingsValues.class, OrgTree.class,
        DesiredOrg.class, PlanOptions.class, OrgChange.class)) {
      Class<?> builder = type.getMethod("builder").getReturnType();
      assertThat(builder.getEnclosingClass()).as(type.getSimpleName()).isEqualTo(type);
      assertThat(builder.isInterface()).as(type.getSimpleName()).isTrue();
    }
  }

  @Test
  void copiedRetriesKeepWhatTheyDoNotChange() {
    Retries patient = Retries.standard().toBuilder().maxAttempts(9).build();

    assertThat(patient.maxAttempts()).isEqualTo(9);
    assertThat(patient.baseDelay()).isEqualTo(Retries.standard().baseDelay());
    assertThat(patient.retryAfterCap()).isEqualTo(Retries.standard().retryAfterCap());
  }

  @Test
  void copiedBulkOptionsKeepWhatTheyDoNotChange() {
    BulkOptions dryRun = BulkOptions.builder().concurrency(3).dryRun(true).build();

    BulkOptions real = dryRun.toBuilder().dryRun(false).build();

    assertThat(real.concurrency()).isEqualTo(3);
    assertThat(real.dryRun()).isFalse();
  }

  @Test
  void copiedSettingsValuesKeepWhatTheyDoNotChange() {
    SettingsValues hold = SettingsValues.builder().archiveHoldDays(90).maxUsers(5).build();

    SettingsValues longer = hold.toBuilder().archiveHoldDays(120).build();

    assertThat(longer.archiveHoldDays()).contains(120);
    assertThat(longer.maxUsers()).contains(5);
  }
}
