package dev.crashplan4j.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.core.settings.BackupSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildersTest {

  @Test
  void everyBuilderIsTheValueTypesOwn() throws NoSuchMethodException {
    for (Class<?> type : List.of(NewOrg.class, OrgUpdate.class, Org.class, OrgPage.class, QueryParameters.class,
        AgentState.class, BackupSet.class, TransportConfig.class)) {
      Class<?> builder = type.getMethod("builder").getReturnType();
      assertThat(builder.getEnclosingClass()).as(type.getSimpleName()).isEqualTo(type);
      assertThat(builder.isInterface()).as(type.getSimpleName()).isTrue();
    }
  }

  @Test
  void aCopiedNewOrgKeepsWhatItDoesNotChange() {
    NewOrg sales = NewOrg.builder().name("Sales").notes("west").parentOrgUid(OrgUid.of("1234")).build();

    NewOrg emea = sales.toBuilder().name("Sales EMEA").build();

    assertThat(emea.name()).isEqualTo("Sales EMEA");
    assertThat(emea.notes()).contains("west");
    assertThat(emea.parentOrgUid()).contains(OrgUid.of("1234"));
    assertThat(sales.name()).isEqualTo("Sales");
  }

  @Test
  void aCopiedOrgUpdateKeepsWhatItDoesNotChange() {
    OrgUpdate notes = OrgUpdate.builder().notes("moved").build();

    OrgUpdate renamed = notes.toBuilder().name("EMEA").build();

    assertThat(renamed.name()).contains("EMEA");
    assertThat(renamed.notes()).contains("moved");
    assertThat(notes.name()).isEmpty();
  }
}
