/**
 * The fake CrashPlan console, the in-memory transport, the transport contract test and the
 * JUnit 5 extension of the server alone. The standalone fake's command line (in {@code
 * internal}) needs picocli and Jackson's YAML format, optional: the fake-server jar has them.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.crashplan4j.testkit {
  requires transitive dev.crashplan4j.core;
  // TransportContractTest and FakeCrashPlanServerExtension are JUnit types; the contract asserts with AssertJ.
  requires transitive org.junit.jupiter.api;
  requires org.assertj.core;
  requires jdk.httpserver;
  requires com.fasterxml.jackson.databind;
  requires com.eatthepath.otp;
  requires org.apache.commons.codec;
  requires static org.immutables.value;
  requires static info.picocli;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static org.yaml.snakeyaml;

  exports dev.crashplan4j.testkit;

  // picocli fills the command's fields; Jackson reads tenant files into its records.
  opens dev.crashplan4j.testkit.internal to info.picocli, com.fasterxml.jackson.databind;
}
