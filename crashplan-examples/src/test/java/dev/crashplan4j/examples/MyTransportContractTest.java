package dev.crashplan4j.examples;

import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.TransportContractTest;
import java.net.URI;

/** The README's contract test of a transport of one's own, run as written. */
class MyTransportContractTest extends TransportContractTest {
    @Override protected CrashPlanTransport newTransport(FakeCrashPlanServer server) {
        return new MyTransportProvider().create(
            TransportConfig.builder().baseUrl(URI.create(server.baseUrl())).build());
    }
}
