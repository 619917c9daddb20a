package com.example.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.micrometer.CrashPlanObservations;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Boot 4 application with two tenants, one CrashPlanClient bean each (as the README's
 * "Several tenants" says): each has its own health entry under crashplan and its own meters.
 * Its own package, so that OrgsApplication's component scan never finds these clients.
 */
@SpringBootTest(classes = SeveralTenantsTest.TwoTenants.class,
    properties = "management.endpoint.health.show-details=always")
class SeveralTenantsTest {

  static final FakeCrashPlanServer SALES = FakeCrashPlanServer.start().addApiClient("a-id", "a-secret");
  static final FakeCrashPlanServer LEGAL = FakeCrashPlanServer.start().addApiClient("b-id", "b-secret");

  static {
    LEGAL.tenant().addOrg("Legal");
    LEGAL.tenant().addOrg("Finance");
  }

  @DynamicPropertySource
  static void tenants(DynamicPropertyRegistry properties) {
    properties.add("tenants.a.url", SALES::baseUrl);
    properties.add("tenants.a.client-id", () -> "a-id");
    properties.add("tenants.a.client-secret", () -> "a-secret");
    properties.add("tenants.b.url", LEGAL::baseUrl);
    properties.add("tenants.b.client-id", () -> "b-id");
    properties.add("tenants.b.client-secret", () -> "b-secret");
  }

  @AfterAll
  static void stop() {
    SALES.close();
    LEGAL.close();
  }

  /** The application's configuration: a client per tenant, each given the starter's listener for its name. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class TwoTenants {

    @Bean(destroyMethod = "close")
    CrashPlanClient tenantA(CrashPlanObservations observations, Environment environment) {
      return CrashPlanClient.builder()
          .baseUrl(environment.getRequiredProperty("tenants.a.url"))
          .credentials(Credentials.apiClient(environment.getRequiredProperty("tenants.a.client-id"),
              environment.getRequiredProperty("tenants.a.client-secret")))
          .listener(observations.forClient("tenantA"))   // its meters tagged client=tenantA
          .build();
    }

    @Bean(destroyMethod = "close")
    CrashPlanClient tenantB(CrashPlanObservations observations, Environment environment) {
      return CrashPlanClient.builder()
          .baseUrl(environment.getRequiredProperty("tenants.b.url"))
          .credentials(Credentials.apiClient(environment.getRequiredProperty("tenants.b.client-id"),
              environment.getRequiredProperty("tenants.b.client-secret")))
          .listener(observations.forClient("tenantB"))   // its meters tagged client=tenantB
          .build();
    }
  }

  @Autowired
  HealthEndpoint health;

  @Autowired
  MeterRegistry meters;

  @Autowired
  ApplicationContext context;

  @Test
  void eachTenantHasItsOwnHealthEntryUnderCrashplan() {
    IndicatedHealthDescriptor tenantA = (IndicatedHealthDescriptor) health.healthForPath("crashplan", "tenantA");
    IndicatedHealthDescriptor tenantB = (IndicatedHealthDescriptor) health.healthForPath("crashplan", "tenantB");

    assertThat(tenantA.getStatus()).isEqualTo(Status.UP);
    assertThat(tenantA.getDetails()).containsEntry("orgs", 1L);
    assertThat(tenantB.getStatus()).isEqualTo(Status.UP);
    assertThat(tenantB.getDetails()).containsEntry("orgs", 3L);
  }

  @Test
  void eachTenantsCallsLandInMetersOfItsOwn() {
    CrashPlanClient tenantA = context.getBean("tenantA", CrashPlanClient.class);
    CrashPlanClient tenantB = context.getBean("tenantB", CrashPlanClient.class);
    tenantA.orgs().getById(SALES.tenant().rootOrg().id());
    tenantB.orgs().getById(LEGAL.tenant().rootOrg().id());
    tenantB.orgs().getById(LEGAL.tenant().rootOrg().id());

    assertThat(getByIdTimer("tenantA")).isNotNull().satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
    assertThat(getByIdTimer("tenantB")).isNotNull().satisfies(timer -> assertThat(timer.count()).isEqualTo(2));
  }

  @Test
  void withNoPrimaryClientTheStarterMakesNoClientOrOrgService() {
    assertThat(context.getBeanNamesForType(CrashPlanClient.class)).containsExactlyInAnyOrder("tenantA", "tenantB");
    assertThat(context.getBeanNamesForType(OrgService.class)).isEmpty();
  }

  private Timer getByIdTimer(String client) {
    return meters.find(CrashPlanObservations.CALL).tag(CrashPlanObservations.CLIENT_TAG, client)
        .tag("operation", "getById").timer();
  }
}
