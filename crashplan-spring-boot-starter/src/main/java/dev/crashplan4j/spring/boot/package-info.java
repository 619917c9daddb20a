/**
 * Spring Boot auto-configuration for crashplan4j, on Boot 4.0 and 3.5 alike: a
 * {@code CrashPlanClient} and its {@code OrgService} from {@code crashplan.*} properties,
 * observations to the application's registry, a {@code crashplan} health per client, and
 * Boot's failure report for a bad or missing setting.
 */
package dev.crashplan4j.spring.boot;
