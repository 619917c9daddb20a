package dev.crashplan4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.Fault;
import dev.crashplan4j.testkit.ManualClock;
import dev.crashplan4j.testkit.RecordedRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The crashplan health on Boot 3's Actuator: up and down, its cache by the client's clock, one per client. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CrashPlanHealthTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  private final ManualClock time = new ManualClock();
  private FakeCrashPlanServer console;
  private ApplicationContextRunner contexts;

  @BeforeEach
  void start() {
    console = fake.server().addApiClient("boot-id", "boot-secret-value");
    console.tenant().addOrg("Sales");
    contexts = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class,
            CrashPlanBoot3HealthAutoConfiguration.class, CrashPlanBoot4HealthAutoConfiguration.class))
        .withPropertyValues("crashplan.url=" + console.baseUrl(), "crashplan.client-id=boot-id",
            "crashplan.client-secret=boot-secret-value", "crashplan.max-attempts=1")
        .withBean(CrashPlanClientCustomizer.class, () -> builder -> builder.clock(time));
  }

  private static HealthIndicator health(AssertableApplicationContext context) {
    return (HealthIndicator) context.getBean("crashplanHealthContributor", HealthContributor.class);
  }

  private long listings() {
    return console.requests().stream().filter(request -> request.toString().startsWith("GET /api/v1/Org")).count();
  }

  @Test
  void theHealthFollowsWhetherTheConsoleAnswers() {
    contexts.withPropertyValues("crashplan.health.cache-for=0s").run(context -> {
      Health up = health(context).health();
      assertThat(up.getStatus()).isEqualTo(Status.UP);
      assertThat(up.getDetails()).containsExactlyEntriesOf(java.util.Map.of("orgs", 2L));
      assertThat(console.requests()).extracting(RecordedRequest::toString)
          .filteredOn(line -> line.startsWith("GET /api/v1/Org")).containsExactly("GET /api/v1/Org?pgNum=1&pgSize=1 -> 200");

      console.failNext(1, Fault.status(503, "maintenance"));
      Health down = health(context).health();
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails()).containsEntry("error", "ServerErrorException")
          .hasEntrySatisfying("reason", reason -> assertThat(reason.toString()).contains("503"));
      assertThat(health(context).health().getStatus()).as("up again with the console").isEqualTo(Status.UP);
    });
  }

  @Test
  void theHealthIsReadAtMostOncePerThirtySecondsByDefault() {
    contexts.run(context -> {
      HealthIndicator health = health(context);
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      time.advance(Duration.ofSeconds(30).minusMillis(1));
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      assertThat(listings()).as("29.999 s later the first reading stands").isEqualTo(1);

      time.advance(Duration.ofMillis(1));
      health.health();
      assertThat(listings()).as("30 s later the console is read again").isEqualTo(2);
    });
  }

  @Test
  void aCachePeriodWithoutAUnitIsInSeconds() {
    contexts.withPropertyValues("crashplan.health.cache-for=5").run(context -> {
      HealthIndicator health = health(context);
      health.health();
      time.advance(Duration.ofMillis(4_999));
      health.health();
      assertThat(listings()).as("4.999 s later, within 5 s").isEqualTo(1);
      time.advance(Duration.ofMillis(1));
      health.health();
      assertThat(listings()).as("5 s later").isEqualTo(2);
    });
  }

  @Test
  void theHealthCanBeTurnedOffOrReplacedByTheApplicationsOwn() {
    contexts.withPropertyValues("management.health.crashplan.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("crashplanHealthContributor")
            .hasSingleBean(CrashPlanClient.class));
    HealthIndicator own = () -> Health.outOfService().build();
    contexts.withBean("crashplanHealthIndicator", HealthIndicator.class, () -> own)
        .run(context -> assertThat(context).doesNotHaveBean("crashplanHealthContributor")
            .getBean("crashplanHealthIndicator").isSameAs(own));
    contexts.withBean("crashplanHealthContributor", HealthIndicator.class, () -> own)
        .run(context -> assertThat(context).getBean("crashplanHealthContributor").isSameAs(own));
  }

  @Test
  void severalClientsGiveOneHealthEach() {
    try (FakeCrashPlanServer other = FakeCrashPlanServer.start().addApiClient("b-id", "b-secret")) {
      other.tenant().addOrg("Legal");
      other.tenant().addOrg("Finance");
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class,
              CrashPlanBoot3HealthAutoConfiguration.class, CrashPlanBoot4HealthAutoConfiguration.class))
          .withBean("tenantA", CrashPlanClient.class, () -> client(console, "boot-id", "boot-secret-value"))
          .withBean("tenantB", CrashPlanClient.class, () -> client(other, "b-id", "b-secret"))
          .run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(OrgService.class);
            CompositeHealthContributor crashplan = (CompositeHealthContributor)
                context.getBean("crashplanHealthContributor", HealthContributor.class);
            assertThat(((HealthIndicator) crashplan.getContributor("tenantA")).health().getDetails())
                .containsEntry("orgs", 2L);
            assertThat(((HealthIndicator) crashplan.getContributor("tenantB")).health().getDetails())
                .containsEntry("orgs", 3L);
          });
    }
  }

  @Test
  void ofSeveralClientsThePrimaryOneGivesTheOrgService() {
    try (FakeCrashPlanServer other = FakeCrashPlanServer.start().addApiClient("b-id", "b-secret")) {
      other.tenant().addOrg("Legal");
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class))
          .withBean("tenantA", CrashPlanClient.class, () -> client(console, "boot-id", "boot-secret-value"))
          .withUserConfiguration(PrimaryTenant.class)
          .withPropertyValues("other.url=" + other.baseUrl())
          .run(context -> assertThat(context.getBean(OrgService.class).streamOrgs()).extracting(org -> org.name())
              .containsExactly("Root Org", "Legal"));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class PrimaryTenant {
    @Bean(destroyMethod = "close")
    @Primary
    CrashPlanClient tenantB(org.springframework.core.env.Environment environment) {
      return client(environment.getRequiredProperty("other.url"), "b-id", "b-secret");
    }
  }

  private static CrashPlanClient client(FakeCrashPlanServer server, String id, String secret) {
    return client(server.baseUrl(), id, secret);
  }

  private static CrashPlanClient client(String url, String id, String secret) {
    return CrashPlanClient.builder().baseUrl(url).credentials(Credentials.apiClient(id, secret)).build();
  }
}
