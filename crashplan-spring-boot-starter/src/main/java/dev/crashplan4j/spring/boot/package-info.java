/**
 * Spring Boot auto-configuration for crashplan4j: a {@code CrashPlanClient} and its
 * {@code OrgService} from {@code crashplan.*} properties, observations to the application's
 * registry, and a {@code crashplan} health indicator.
 */
package dev.crashplan4j.spring.boot;
