package dev.crashplan4j.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

// The identifiers' equals and hashCode are written out (a record's are bootstrapped on first
// use, a cold start's cost): they must stay what the record's own were.
class OrgIdentifiersTest {

  @Test
  void idsOfTheSameValueAreEqualAndHashAlike() {
    assertThat(OrgId.of(42)).isEqualTo(OrgId.of(42)).hasSameHashCodeAs(OrgId.of(42)).isNotEqualTo(OrgId.of(43));
    assertThat(OrgUid.of("942")).isEqualTo(OrgUid.of("942")).hasSameHashCodeAs(OrgUid.of("942")).isNotEqualTo(OrgUid.of("943"));
    assertThat(OrgGuid.of("g-42")).isEqualTo(OrgGuid.of("g-42")).hasSameHashCodeAs(OrgGuid.of("g-42"))
        .isNotEqualTo(OrgGuid.of("g-43"));
  }

  @Test
  void anIdIsNeverEqualToAnotherKindOfId() {
    assertThat(OrgUid.of("42")).isNotEqualTo(OrgGuid.of("42")).isNotEqualTo("42");
    assertThat(OrgId.of(42)).isNotEqualTo(42L).isNotEqualTo(null);
  }

  @Test
  void refsAreEqualOnlyWhenAllThreeIdsAre() {
    OrgRef ref = new OrgRef(OrgId.of(1), OrgUid.of("u"), OrgGuid.of("g"));

    assertThat(ref).isEqualTo(new OrgRef(OrgId.of(1), OrgUid.of("u"), OrgGuid.of("g")))
        .isNotEqualTo(new OrgRef(OrgId.of(2), OrgUid.of("u"), OrgGuid.of("g")))
        .isNotEqualTo(new OrgRef(OrgId.of(1), OrgUid.of("v"), OrgGuid.of("g")))
        .isNotEqualTo(new OrgRef(OrgId.of(1), OrgUid.of("u"), OrgGuid.of("h")));
  }

  @Test
  void hashesAreTheOnesTheRecordsOwnGave() {
    // What java.lang.runtime.ObjectMethods computes: 31 * result + each component's hash.
    assertThat(OrgId.of(1L << 40).hashCode()).isEqualTo(Long.hashCode(1L << 40));
    assertThat(OrgUid.of("942").hashCode()).isEqualTo("942".hashCode());
    OrgRef ref = new OrgRef(OrgId.of(7), OrgUid.of("u"), OrgGuid.of("g"));
    assertThat(ref.hashCode()).isEqualTo((31 * Long.hashCode(7) + "u".hashCode()) * 31 + "g".hashCode());
  }
}
