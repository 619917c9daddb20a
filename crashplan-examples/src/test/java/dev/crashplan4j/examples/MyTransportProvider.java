package dev.crashplan4j.examples;

import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.core.port.TransportConfig;

/** The README's transport of one's own: the provider the client is given. */
public final class MyTransportProvider implements CrashPlanTransportProvider {
    @Override public CrashPlanTransport create(TransportConfig config) {
        return new MyTransport(config.baseUrl(), config.connectTimeout(), config.readTimeout());
    }
}
