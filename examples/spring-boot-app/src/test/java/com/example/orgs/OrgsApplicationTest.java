package com.example.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.testkit.FakeCrashPlanServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application starts against the fake console and lists its orgs. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class OrgsApplicationTest {

  static final FakeCrashPlanServer CONSOLE = FakeCrashPlanServer.start().addApiClient("app-id", "app-secret");

  static {
    CONSOLE.tenant().addOrg("Sales");
    CONSOLE.tenant().addOrg("Engineering");
  }

  @DynamicPropertySource
  static void console(DynamicPropertyRegistry properties) {
    properties.add("crashplan.url", CONSOLE::baseUrl);
    properties.add("crashplan.client-id", () -> "app-id");
    properties.add("crashplan.client-secret", () -> "app-secret");
  }

  @AfterAll
  static void stop() {
    CONSOLE.close();
  }

  @Test
  void theAppListsTheTenantsOrgsAtStartUp(CapturedOutput output) {
    assertThat(output.getOut()).contains("Root Org", "Sales", "Engineering");
  }
}
