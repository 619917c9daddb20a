/**
 * The default transport: {@link dev.crashplan4j.transport.feign.FeignTransportProvider}, Feign
 * over OkHttp. Everything else of this module lives in its {@code internal} package.
 */
package dev.crashplan4j.transport.feign;
