package dev.crashplan4j.spring.boot;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.api.CrashPlanListener;
import dev.crashplan4j.api.OrgService;
import dev.crashplan4j.api.Retries;
import dev.crashplan4j.micrometer.CrashPlanObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link CrashPlanClient} and its {@link OrgService} from the {@code crashplan.*} properties,
 * each replaced by a bean of the application's own; with Micrometer, the client's calls as
 * observations in the application's registry. The client is closed with the context. With
 * several clients of the application's own (one per tenant), the {@code OrgService} is the
 * primary client's, or none; the {@code crashplan} health (Actuator) comes from
 * {@link CrashPlanBoot3HealthAutoConfiguration} or {@link CrashPlanBoot4HealthAutoConfiguration}.
 */
// Ordered after the registries' configurations of Boot 3 and of Boot 4 alike (names of the
// other line are not on the class path, and the ordering skips them).
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(CrashPlanProperties.class)
public class CrashPlanAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public CrashPlanAutoConfiguration() {}

  /** The client, from the properties, the application's listeners and customizers. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public CrashPlanClient crashPlanClient(CrashPlanProperties properties, ObjectProvider<CrashPlanListener> listeners,
      ObjectProvider<CrashPlanClientCustomizer> customizers) {
    CrashPlanClient.Builder builder = CrashPlanClient.builder()
        .baseUrl(PropertyChecks.url(properties))
        .credentials(PropertyChecks.credentials(properties))
        .connectTimeout(PropertyChecks.positive(properties.getConnectTimeout(), "crashplan.connect-timeout"))
        .readTimeout(PropertyChecks.positive(properties.getReadTimeout(), "crashplan.read-timeout"))
        .callTimeout(PropertyChecks.positive(properties.getCallTimeout(), "crashplan.call-timeout"))
        .retries(Retries.builder().maxAttempts(PropertyChecks.atLeastOne(properties.getMaxAttempts(),
            "crashplan.max-attempts")).build())
        // Properties come trimmed: the suffix is set off from the SDK's part by one space.
        .userAgentSuffix(properties.getUserAgentSuffix() == null || properties.getUserAgentSuffix().isBlank()
            ? "" : " " + properties.getUserAgentSuffix().strip());
    CrashPlanProperties.Proxy proxy = properties.getProxy();
    if (proxy.getHost() != null && !proxy.getHost().isBlank()) {
      int port = PropertyChecks.port(proxy.getPort(), "crashplan.proxy.port");
      if (proxy.getUsername() != null && !proxy.getUsername().isBlank()) {
        builder.proxy(proxy.getHost(), port, proxy.getUsername(),
            proxy.getPassword() == null ? "" : proxy.getPassword());
      } else {
        builder.proxy(proxy.getHost(), port);
      }
      builder.nonProxyHosts(proxy.getNonProxyHosts().toArray(String[]::new));
    }
    listeners.orderedStream().forEach(builder::listener);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /** The tenant's organizations, from the one client (or the primary one of several). */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnSingleCandidate(CrashPlanClient.class)
  public OrgService crashPlanOrgService(CrashPlanClient client) {
    return client.orgs();
  }

  /** The client's calls as observations, when the application has Micrometer's registries. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({ObservationRegistry.class, MeterRegistry.class, CrashPlanObservations.class})
  @ConditionalOnBean({ObservationRegistry.class, MeterRegistry.class})
  static class Observations {

    @Bean
    @ConditionalOnMissingBean
    CrashPlanObservations crashPlanObservations(ObservationRegistry observations, MeterRegistry meters) {
      return CrashPlanObservations.listener(observations, meters);
    }
  }
}
