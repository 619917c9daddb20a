package dev.crashplan4j.transport.feign.internal;

import dev.crashplan4j.core.settings.TSettingPacket;
import java.util.List;

/** One t-setting of {@code GET /api/v1/OrgSetting/<orgId>}: {@code {"scope", "value", "locked", "id"}}. */
final class TSettingDto {
  public String value;
  public boolean locked;

  /** The body of {@code PUT /api/v1/OrgSetting/<orgId>}. */
  record Packets(List<TSettingPacket> packets) {}
}
