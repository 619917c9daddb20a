package dev.crashplan4j.api.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * One self-signed certificate for the name localhost (not for the address 127.0.0.1, so that a
 * client that checks the name can be seen to), made once per test run with the
 * JDK's keytool: the key of the loopback TLS servers (a console, a proxy) and the trust store a
 * client is given to trust them.
 */
final class LoopbackTls {

  private static final char[] PASSWORD = "changeit".toCharArray();
  private static KeyStore keys;

  private LoopbackTls() {}

  /** The server side: a TLS context that presents the loopback certificate. */
  static SSLContext serverContext() {
    try {
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys(), PASSWORD);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(keyManagers.getKeyManagers(), null, null);
      return tls;
    } catch (GeneralSecurityException failed) {
      throw new IllegalStateException(failed);
    }
  }

  /** The client side: a trust store holding only the loopback certificate. */
  static KeyStore trustStore() {
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("loopback", keys().getCertificate("loopback"));
      return trust;
    } catch (GeneralSecurityException | IOException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private static synchronized KeyStore keys() {
    if (keys == null) {
      keys = generate();
    }
    return keys;
  }

  private static KeyStore generate() {
    try {
      Path dir = Files.createTempDirectory("loopback-tls");
      Path file = dir.resolve("loopback.p12");
      Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
          "-genkeypair", "-alias", "loopback", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
          "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12",
          "-keystore", file.toString(), "-storepass", "changeit", "-keypass", "changeit")
          .redirectErrorStream(true).start();
      if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: "
            + new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, PASSWORD);
      }
      Files.delete(file);
      Files.delete(dir);
      return store;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    } catch (GeneralSecurityException failed) {
      throw new IllegalStateException(failed);
    }
  }
}
