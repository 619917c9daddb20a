/**
 * {@code CrashPlanClient} and {@code OrgService}: the SDK's entry points. The transport is found
 * through {@code ServiceLoader}: on the module path, a module that {@code provides}
 * {@code dev.crashplan4j.core.port.CrashPlanTransportProvider}, such as
 * {@code dev.crashplan4j.transport.feign}. Bulk work on orgs is in {@code dev.crashplan4j.api.bulk},
 * and its CSV input and report in {@code dev.crashplan4j.api.bulk.csv}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.crashplan4j.api {
  requires transitive dev.crashplan4j.core;
  requires org.slf4j;
  requires dev.failsafe.core;
  requires static org.immutables.value;
  // dev.crashplan4j.api.bulk.csv reads and writes CSV with Jackson; no Jackson type is in its API.
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  // dev.crashplan4j.api.tree reads the org tree document in YAML or JSON; no Jackson type is in its API.
  requires com.fasterxml.jackson.dataformat.yaml;
  // SnakeYAML's problem mark: the line a YAML syntax error is on (Jackson's location is its context's).
  requires org.yaml.snakeyaml;

  exports dev.crashplan4j.api;
  exports dev.crashplan4j.api.bulk;
  exports dev.crashplan4j.api.bulk.csv;
  exports dev.crashplan4j.api.tree;

  uses dev.crashplan4j.core.port.CrashPlanTransportProvider;
}
