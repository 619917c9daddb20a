package dev.crashplan4j.api.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Everything the SDK logs through SLF4J while a test captures it, at every level. Off unless
 * a test turns it on, so that other tests run at full speed.
 */
public final class CapturedLogs {

  /** One formatted log line. */
  public record Line(Level level, String logger, String message) {}

  private static final AtomicBoolean CAPTURING = new AtomicBoolean();
  private static final List<Line> LINES = new ArrayList<>();

  private CapturedLogs() {}

  /** Starts capturing, forgetting what was captured before. */
  public static void start() {
    synchronized (LINES) {
      LINES.clear();
    }
    CAPTURING.set(true);
  }

  /** Stops capturing and returns what was captured. */
  public static List<Line> stop() {
    CAPTURING.set(false);
    synchronized (LINES) {
      return List.copyOf(LINES);
    }
  }

  static final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    private static boolean on() {
      return CAPTURING.get();
    }

    @Override
    public boolean isTraceEnabled() {
      return on();
    }

    @Override
    public boolean isDebugEnabled() {
      return on();
    }

    @Override
    public boolean isInfoEnabled() {
      return on();
    }

    @Override
    public boolean isWarnEnabled() {
      return on();
    }

    @Override
    public boolean isErrorEnabled() {
      return on();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      if (!on()) {
        return;
      }
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      if (throwable != null) {
        message = message + " | " + throwable;
      }
      synchronized (LINES) {
        LINES.add(new Line(level, name, message));
      }
    }
  }
}
