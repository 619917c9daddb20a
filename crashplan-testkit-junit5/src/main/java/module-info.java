/** {@code FakeCrashPlanExtension}: the fake console and a ready {@code CrashPlanClient} per JUnit test. */
// The name its jars have carried as Automatic-Module-Name; javac would rather it ended in no digit.
@SuppressWarnings("module")
module dev.crashplan4j.testkit.junit5 {
  requires transitive dev.crashplan4j.testkit;
  requires transitive dev.crashplan4j.api;
  requires transitive org.junit.jupiter.api;

  exports dev.crashplan4j.testkit.junit5;
}
