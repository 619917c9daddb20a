package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.InMemoryTransport;
import dev.crashplan4j.transport.feign.FeignTransportProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the builder picks a transport when none is given: the one on the class path, or a message that says what to do. */
class TransportDiscoveryTest {

  @Test
  void theOnlyTransportOnTheClassPathIsTaken() {
    CrashPlanTransportProvider feign = new FeignTransportProvider();

    assertThat(CrashPlanClient.Builder.onlyTransport(List.of(feign))).isSameAs(feign);
  }

  @Test
  void noTransportOnTheClassPathSaysWhichToAdd() {
    assertThatThrownBy(() -> CrashPlanClient.Builder.onlyTransport(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no CrashPlan transport on the class path: add crashplan-transport-feign (dev.crashplan4j)"
            + " to the class path, or pass one to CrashPlanClient.builder().transport(..)");
  }

  @Test
  void severalTransportsOnTheClassPathAreNamed() {
    List<CrashPlanTransportProvider> found = List.of(new FeignTransportProvider(), InMemoryTransport.provider(new FakeTenant()));

    assertThatThrownBy(() -> CrashPlanClient.Builder.onlyTransport(found))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("several CrashPlan transports on the class path (feign, in-memory):"
            + " choose one with CrashPlanClient.builder().transport(..)");
  }

  @Test
  void theServiceLoaderFindsTheFeignTransport() {
    assertThat(CrashPlanClient.Builder.onlyTransport(java.util.ServiceLoader.load(CrashPlanTransportProvider.class)))
        .isInstanceOf(FeignTransportProvider.class);
  }
}
