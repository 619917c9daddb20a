package com.example.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.testkit.FakeTenant;
import dev.crashplan4j.testkit.junit5.FakeCrashPlanExtension;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The testkit's extension in a test that runs in the application's module on the module path,
 * with the testkit there too; surefire puts test-only dependencies, the extension's jar among
 * them, on the class path, so its descriptor is read from the jar.
 */
class OnTheModulePathTest {

  @RegisterExtension
  static FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension();

  @Test
  void theExtensionsClientWorksOnTheModulePath(CrashPlanClient client, FakeTenant tenant) {
    Org acme = client.orgs().createOrg(NewOrg.builder().name("Acme").build());
    client.orgs().block(acme.id());

    assertTrue(tenant.org(acme.id()).orElseThrow().blocked());
    assertEquals("com.example.modulepath", getClass().getModule().getName());
    assertEquals("dev.crashplan4j.testkit", FakeTenant.class.getModule().getName());
  }

  @Test
  void theExtensionsJarDescribesANamedModuleThatExportsItsPackage() throws Exception {
    Path jar = Path.of(FakeCrashPlanExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();

    assertEquals("dev.crashplan4j.testkit.junit5", descriptor.name());
    assertFalse(descriptor.isAutomatic());
    assertEquals(Set.of("dev.crashplan4j.testkit.junit5"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("dev.crashplan4j.api")
        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
  }
}
