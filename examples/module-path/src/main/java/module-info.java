/** An application of the SDK on the module path. */
module com.example.modulepath {
  requires dev.crashplan4j.api;
  requires dev.crashplan4j.transport.feign;
  requires dev.crashplan4j.testkit;
  requires dev.crashplan4j.micrometer;

  exports com.example.modulepath;
}
