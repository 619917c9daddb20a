package dev.crashplan4j.core.port;

/** How a user signs in, as {@code GET /api/v3/LoginConfiguration} tells. */
public enum LoginType {
  /** Username and password. */
  LOCAL,
  /** Username, password and a TOTP code. */
  LOCAL_2FA,
  /** Single sign-on through an identity provider; the SDK cannot sign such a user in. */
  CLOUD_SSO,
  /** A type this SDK does not know. */
  UNKNOWN;

  /** Reads the console's {@code loginType} text. */
  public static LoginType fromWire(String text) {
    for (LoginType type : values()) {
      if (type.name().equalsIgnoreCase(text)) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
