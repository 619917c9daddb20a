package dev.crashplan4j.cli;

import dev.crashplan4j.api.tree.OrgPlan;
import dev.crashplan4j.api.tree.OrgTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the documents of plan and apply, failing with exit 2 before anything is sent. */
final class Trees {

  private Trees() {}

  /** The org tree of {@code file}; its problems, each with its line, are reported by {@link FailureReport}. */
  static OrgTree read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw CommandFailure.badInput("--file: there is no file " + file);
    }
    return OrgTree.read(file);
  }

  /** The plan {@code file} holds, as {@code orgs plan --out} wrote it. */
  static OrgPlan plan(Path file) {
    try {
      return OrgPlan.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException missing) {
      throw CommandFailure.badInput("--plan: there is no file " + file);
    } catch (IOException unreadable) {
      throw CommandFailure.badInput("--plan: cannot read " + file + ": " + unreadable.getMessage());
    } catch (IllegalArgumentException notAPlan) {
      throw CommandFailure.badInput("--plan " + file + ": " + FailureReport.message(notAPlan));
    }
  }
}
