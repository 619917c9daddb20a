package dev.crashplan4j.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The testkit stands on core alone: the fake console serves any client, and the SDK's own
 * modules test themselves with it. (The enforcer's bannedDependencies rule keeps the POM so.)
 */
class DependencyRuleTest {

  private static final JavaClasses TESTKIT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.crashplan4j.testkit");

  @Test
  void theTestkitUsesNoClientNorTransportOfTheSdk() {
    noClasses().that().resideInAPackage("dev.crashplan4j.testkit..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.crashplan4j.api..", "dev.crashplan4j.transport..", "feign..", "okhttp3..", "org.mapstruct..")
        .check(TESTKIT);
  }
}
