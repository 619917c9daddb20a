/**
 * The outbound ports of crashplan4j, its transport SPI: {@link
 * dev.crashplan4j.core.port.CrashPlanTransport} and the {@link
 * dev.crashplan4j.core.port.CrashPlanTransportProvider} that makes one. A custom transport
 * needs this module alone.
 */
package dev.crashplan4j.core.port;
