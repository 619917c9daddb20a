package dev.crashplan4j.transport.feign;

import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import java.net.URI;

/** The fake console these tests send to, with the API client "id" / "secret" and a Feign transport attached. */
final class FeignConsole {

  private FeignConsole() {}

  // Lenient: some tests send requests to paths the console does not have, on purpose.
  static FakeCrashPlanServerExtension extension(String userAgent) {
    return new FakeCrashPlanServerExtension().lenient()
        .seed(tenant -> tenant.addApiClient("id", "secret"))
        .attach(CrashPlanTransport.class, server -> new FeignTransportProvider().create(TransportConfig.builder()
            .baseUrl(URI.create(server.baseUrl())).userAgent(userAgent).build()));
  }
}
