/**
 * The default transport: Feign over OkHttp with Jackson. Its {@code internal} package is not
 * exported; it is opened to the libraries that reach into it by reflection (Jackson binds its
 * DTOs, MapStruct instantiates its mappers; Feign's contract reads the annotated interface only in
 * the tests, which hold what the transport reads in it to what Feign reads).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.crashplan4j.transport.feign {
  requires transitive dev.crashplan4j.core;
  // FeignTransportProvider.withOkHttpClient takes an OkHttpClient; JsonBodies returns JsonNode.
  requires transitive okhttp3;
  requires transitive com.fasterxml.jackson.databind;
  requires feign.core;
  requires org.mapstruct;
  requires org.slf4j;
  requires static org.immutables.value;

  exports dev.crashplan4j.transport.feign;

  opens dev.crashplan4j.transport.feign.internal to com.fasterxml.jackson.databind, org.mapstruct, feign.core;

  provides dev.crashplan4j.core.port.CrashPlanTransportProvider
      with dev.crashplan4j.transport.feign.FeignTransportProvider;
}
