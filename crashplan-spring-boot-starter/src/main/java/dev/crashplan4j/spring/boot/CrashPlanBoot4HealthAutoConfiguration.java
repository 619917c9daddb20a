package dev.crashplan4j.spring.boot;

import dev.crashplan4j.api.CrashPlanClient;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code crashplan} health on Spring Boot 4 with Actuator (spring-boot-health): one indicator
 * for one {@link CrashPlanClient} bean, or one per client under {@code crashplan}, named by bean, for
 * several (as Boot does for several data sources). Each is read at most once per
 * {@code crashplan.health.cache-for}. On Boot 3, {@link CrashPlanBoot3HealthAutoConfiguration}
 * does the same; this class is then skipped by its class names.
 */
@AutoConfiguration(after = CrashPlanAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.health.contributor.HealthIndicator",
    "org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator"})
@ConditionalOnBean(CrashPlanClient.class)
public class CrashPlanBoot4HealthAutoConfiguration
    extends CompositeHealthContributorConfiguration<HealthIndicator, CrashPlanClient> {

  /** Creates the configuration, each client's indicator cached as the properties say; Spring calls it. */
  public CrashPlanBoot4HealthAutoConfiguration(CrashPlanProperties properties) {
    super(client -> new Boot4HealthIndicator(new ConsoleHealthCheck(client, properties.getHealth().getCacheFor())));
  }

  /** The {@code crashplan} health: each client's, by bean name when there are several. */
  // On the method, not the class: it is read only once the class names above are found.
  @Bean
  @ConditionalOnEnabledHealthIndicator("crashplan")
  @ConditionalOnMissingBean(name = {"crashplanHealthIndicator", "crashplanHealthContributor"})
  public HealthContributor crashplanHealthContributor(ConfigurableListableBeanFactory beanFactory) {
    return createContributor(beanFactory, CrashPlanClient.class);
  }
}
