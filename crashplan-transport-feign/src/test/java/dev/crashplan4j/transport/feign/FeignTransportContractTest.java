package dev.crashplan4j.transport.feign;

import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.TransportContractTest;
import java.net.URI;

class FeignTransportContractTest extends TransportContractTest {

  @Override
  protected CrashPlanTransport newTransport(FakeCrashPlanServer server) {
    return new FeignTransportProvider().create(TransportConfig.builder().baseUrl(URI.create(server.baseUrl())).build());
  }
}
