package com.example.orgs;

import dev.crashplan4j.api.OrgService;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Lists the tenant's orgs at start-up, through the OrgService the starter provides. */
@SpringBootApplication
public class OrgsApplication {

  public static void main(String[] args) {
    SpringApplication.run(OrgsApplication.class, args);
  }

  @Bean
  CommandLineRunner listOrgs(OrgService orgs) {
    return args -> orgs.streamOrgs().forEach(org -> System.out.println(org.id() + "  " + org.name()));
  }
}
