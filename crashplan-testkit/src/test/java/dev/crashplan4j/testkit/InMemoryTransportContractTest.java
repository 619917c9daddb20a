package dev.crashplan4j.testkit;

import dev.crashplan4j.core.port.CrashPlanTransport;

class InMemoryTransportContractTest extends TransportContractTest {

  @Override
  protected CrashPlanTransport newTransport(FakeCrashPlanServer server) {
    return new InMemoryTransport(server.tenant());
  }

  @Override
  protected boolean speaksHttp() {
    return false;
  }
}
