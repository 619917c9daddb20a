package dev.crashplan4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.Credentials;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.micrometer.CrashPlanObservations;
import dev.crashplan4j.testkit.FakeCrashPlanServer;
import dev.crashplan4j.testkit.FakeCrashPlanServerExtension;
import dev.crashplan4j.testkit.RecordedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import dev.crashplan4j.core.port.CrashPlanTransport;
import dev.crashplan4j.core.port.CrashPlanTransportProvider;
import dev.crashplan4j.core.port.TransportConfig;
import dev.crashplan4j.transport.feign.FeignTransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The starter against the fake console: properties reach the client, beans back off, bad settings fail start-up, metrics. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CrashPlanAutoConfigurationTest {

  @RegisterExtension
  final FakeCrashPlanServerExtension fake = new FakeCrashPlanServerExtension();

  private FakeCrashPlanServer console;
  private ApplicationContextRunner contexts;

  @BeforeEach
  void start() {
    console = fake.server().addApiClient("boot-id", "boot-secret-value");
    console.tenant().addOrg("Sales");
    contexts = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class))
        .withPropertyValues("crashplan.url=" + console.baseUrl(), "crashplan.client-id=boot-id",
            "crashplan.client-secret=boot-secret-value", "crashplan.max-attempts=1");
  }

  @Test
  void threePropertiesGiveAClientThatReachesTheConsole() {
    contexts.withPropertyValues("crashplan.user-agent-suffix=  (boot-test) ").run(context -> {
      assertThat(context).hasSingleBean(CrashPlanClient.class).hasSingleBean(OrgService.class);
      assertThat(context.getBean(OrgService.class).streamOrgs()).extracting(org -> org.name())
          .containsExactly("Root Org", "Sales");
    });
    assertThat(console.requests()).allSatisfy(request ->
        assertThat(request.headers().get("user-agent")).isEqualTo(TransportConfig.SDK_USER_AGENT + " (boot-test)"));
  }

  @Test
  void theApplicationsOwnBeansReplaceTheStarters() {
    contexts.withUserConfiguration(OwnOrgService.class).run(context ->
        assertThat(context.getBean(OrgService.class)).isSameAs(OwnOrgService.ORGS));
    CrashPlanClient own = CrashPlanClient.builder().baseUrl(console.baseUrl())
        .credentials(Credentials.apiClient("own", "own")).build();
    contexts.withBean(CrashPlanClient.class, () -> own).run(context -> {
      assertThat(context).getBean(CrashPlanClient.class).isSameAs(own);
      assertThat(context.getBean(OrgService.class)).isSameAs(own.orgs());
    });
    contexts.withBean(CrashPlanClientCustomizer.class, () -> builder -> builder.pageSize(1)).run(context ->
        context.getBean(OrgService.class).streamOrgs().count());
    assertThat(console.requests()).extracting(RecordedRequest::query).contains("pgNum=1&pgSize=1", "pgNum=2&pgSize=1");
  }

  @Test
  void theProxyPropertiesSendEveryRequestThroughTheProxy() {
    // The console's name does not resolve: only through the proxy (the fake, which takes
    // absolute-form requests as a proxy passes them on) can the call reach it.
    contexts.withPropertyValues("crashplan.url=http://console.invalid", "crashplan.proxy.host=127.0.0.1",
            "crashplan.proxy.port=" + URI.create(console.baseUrl()).getPort())
        .run(context -> assertThat(context.getBean(OrgService.class).getPage(1).orgs())
            .extracting(org -> org.name()).containsExactly("Root Org", "Sales"));
  }

  @Test
  void closingTheContextClosesTheClientsTransport() {
    AtomicInteger closes = new AtomicInteger();
    CrashPlanTransportProvider counting = config -> {
      CrashPlanTransport real = new FeignTransportProvider().create(config);
      return (CrashPlanTransport) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CrashPlanTransport.class},
          (proxy, method, arguments) -> {
            if (method.getName().equals("close")) {
              closes.incrementAndGet();
            }
            try {
              return method.invoke(real, arguments);
            } catch (InvocationTargetException failed) {
              throw failed.getCause();
            }
          });
    };
    contexts.withBean(CrashPlanClientCustomizer.class, () -> builder -> builder.transport(counting)).run(context -> {
      assertThat(context.getBean(OrgService.class).getPage(1).orgs()).isNotEmpty();
      assertThat(closes).as("open while the context runs").hasValue(0);
    });

    assertThat(closes).as("closed with the context").hasValue(1);
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnOrgService {
    static final OrgService ORGS = CrashPlanClient.builder().baseUrl("http://127.0.0.1:9")
        .credentials(Credentials.apiClient("own", "own")).build().orgs();

    @Bean
    OrgService myOrgs() {
      return ORGS;
    }
  }

  @Test
  void aMissingUrlFailsStartUpNamingTheProperty() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class))
        .withPropertyValues("crashplan.client-id=boot-id", "crashplan.client-secret=boot-secret-value")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageStartingWith("crashplan.url is not set"));
  }

  @Test
  void halfSetCredentialsFailStartUpNamingWhatIsMissing() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CrashPlanAutoConfiguration.class))
        .withPropertyValues("crashplan.url=" + console.baseUrl(), "crashplan.client-secret=boot-secret-value")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessage("crashplan.client-id and crashplan.client-secret go together: crashplan.client-id is not set")
            .message().doesNotContain("boot-secret-value"));
    contexts.withPropertyValues("crashplan.call-timeout=0s")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageStartingWith("crashplan.call-timeout must be a positive duration"));
  }

  @Test
  void withMicrometerTheClientsCallsAreInTheRegistry() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    contexts.withBean(ObservationRegistry.class, () -> observations).withBean(MeterRegistry.class, () -> meters)
        .run(context -> {
          assertThat(context).hasSingleBean(CrashPlanObservations.class);
          context.getBean(OrgService.class).getPage(1);
        });

    assertThat(meters.find(CrashPlanObservations.CALL).tag("operation", "getPage").timer()).isNotNull()
        .satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
  }

  @Test
  void theJarDescribesEveryPropertyForTheIde() throws IOException {
    String metadata;
    try (InputStream json = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(json).as("the metadata in the jar").isNotNull();
      metadata = new String(json.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(metadata).contains("\"crashplan.url\"", "\"crashplan.client-id\"", "\"crashplan.client-secret\"",
        "\"crashplan.proxy.non-proxy-hosts\"", "\"crashplan.health.cache-for\"",
        "How many times a call is tried in all; 1 turns retries off.");
  }
}
