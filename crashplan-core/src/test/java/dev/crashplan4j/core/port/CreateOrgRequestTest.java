package dev.crashplan4j.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.OrgGuid;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateOrgRequestTest {

  private final NewOrg sales = NewOrg.builder().name("Sales").build();

  @Test
  void aCreateWithoutParentGoesUnderTheTopOrg() {
    assertThat(CreateOrgRequest.of(sales).parent()).isEmpty();
  }

  @Test
  void aCreateUnderAParentKeepsItsGuid() {
    CreateOrgRequest request = CreateOrgRequest.of(sales).under(OrgGuid.of("9a1f"));

    assertThat(request.parent()).contains(OrgGuid.of("9a1f"));
    assertThat(request.newOrg()).isEqualTo(sales);
    assertThat(request).isEqualTo(CreateOrgRequest.of(sales).under(Optional.of(OrgGuid.of("9a1f"))));
  }

  @Test
  void aNullParentIsRefused() {
    assertThatThrownBy(() -> CreateOrgRequest.of(sales).under((OrgGuid) null))
        .isInstanceOf(NullPointerException.class).hasMessage("parent");
  }
}
