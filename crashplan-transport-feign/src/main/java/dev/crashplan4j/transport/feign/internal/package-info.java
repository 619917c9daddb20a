/**
 * The Feign transport's workings: the Feign-annotated console interface, the Jackson DTOs and
 * decoder, the MapStruct mapper to the domain, the request log. Not API: nothing outside this
 * module may use it, and it changes without notice.
 */
package dev.crashplan4j.transport.feign.internal;
