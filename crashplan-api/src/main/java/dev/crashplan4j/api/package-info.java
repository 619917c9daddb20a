/**
 * What applications call: {@link dev.crashplan4j.api.CrashPlanClient}, built with {@link
 * dev.crashplan4j.api.Credentials}, and its {@link dev.crashplan4j.api.OrgService}.
 *
 * <pre>{@code
 * CrashPlanClient client = CrashPlanClient.builder()
 *     .baseUrl("https://console.us1.crashplan.com")
 *     .credentials(Credentials.apiClient(clientId, secret))
 *     .build();
 * Org org = client.orgs().getById(OrgId.of(42));
 * }</pre>
 */
package dev.crashplan4j.api;
