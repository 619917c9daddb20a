package dev.crashplan4j.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgTest {

  @Test
  void theStatusTextIsReadAsAnEnumThatToleratesNewValues() {
    assertThat(OrgStatus.fromWire("Active")).isEqualTo(OrgStatus.ACTIVE);
    assertThat(OrgStatus.fromWire("DEACTIVATED")).isEqualTo(OrgStatus.DEACTIVATED);
    assertThat(OrgStatus.fromWire("Archived")).isEqualTo(OrgStatus.UNKNOWN);
    assertThat(OrgStatus.fromWire(null)).isEqualTo(OrgStatus.UNKNOWN);
  }

  @Test
  void anOrgDerivesItsStatusFromTheTextTheServerSent() {
    Org org = Orgs.anOrg(1).toBuilder().statusText("Deactivated").build();

    assertThat(org.status()).isEqualTo(OrgStatus.DEACTIVATED);
    assertThat(org.statusText()).isEqualTo("Deactivated");
  }

  @Test
  void otherFieldsKeepJsonNulls() {
    Map<String, Object> other = new HashMap<>();
    other.put("futureField", null);

    Org org = Orgs.anOrg(1).toBuilder().otherFields(other).build();

    assertThat(org.otherFields()).containsEntry("futureField", null);
  }

  @Test
  void anOrgRefNamesAllThreeIdentifiers() {
    assertThat(Orgs.anOrg(42).ref()).hasToString("org 42 (uid 942, guid guid-42)");
  }
}
