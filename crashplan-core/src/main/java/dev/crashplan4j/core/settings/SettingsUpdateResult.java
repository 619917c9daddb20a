package dev.crashplan4j.core.settings;

import dev.crashplan4j.core.error.CrashPlanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code OrgService.updateSettings} did with each of its two requests: the t-settings
 * ({@code PUT /api/v1/OrgSetting/<orgId>}) and the org document ({@code PUT /api/v1/Org/<orgId>}).
 * One failing does not hide the other.
 *
 * @param tSettings the outcome of the t-settings request
 * @param orgDocument the outcome of the org document request
 */
public record SettingsUpdateResult(RequestOutcome tSettings, RequestOutcome orgDocument) {

  /** Checks that both outcomes are given. */
  public SettingsUpdateResult {
    Objects.requireNonNull(tSettings, "tSettings");
    Objects.requireNonNull(orgDocument, "orgDocument");
  }

  /** Whether no request failed (also true when nothing needed sending). */
  public boolean succeeded() {
    return failures().isEmpty();
  }

  /** The failures, t-settings first. */
  public List<CrashPlanException> failures() {
    List<CrashPlanException> failures = new ArrayList<>();
    tSettings.failure().ifPresent(failures::add);
    orgDocument.failure().ifPresent(failures::add);
    return failures;
  }

  /** Throws the first failure, with any other attached as suppressed; returns when none failed. */
  public void throwIfFailed() {
    List<CrashPlanException> failures = failures();
    if (failures.isEmpty()) {
      return;
    }
    CrashPlanException first = failures.get(0);
    failures.stream().skip(1).forEach(first::addSuppressed);
    throw first;
  }

  /** The first failure, if any. */
  public Optional<CrashPlanException> firstFailure() {
    return failures().stream().findFirst();
  }
}
