package io.github.relata.cli;

import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPosts;
import io.github.relata.SnapshotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Snapshot files for the commands: loading one with the command line's engine, each failure in the user's words. */
final class Snapshots {

  /** The option that names a snapshot to read. */
  static final String OPTION = "--snapshot";

  private Snapshots() {}

  /**
   * Loads the snapshot at {@code value}.
   *
   * @throws UserError a usage error when the engine's settings differ from the snapshot's (the options are
   *     what to change), an input error when the file is missing, unreadable or not a whole snapshot
   */
  static ArticleIndex load(RelatedPosts engine, String value) {
    Path file = RelataCommand.path(value, OPTION);
    if (!Files.exists(file)) {
      throw UserError.input(file + ": no such file (relata index --out " + file + " makes it)");
    }
    try {
      return engine.load(file);
    } catch (SnapshotException e) {
      if (e.problem() == SnapshotException.Problem.INCOMPATIBLE_SETTINGS) {
        throw UserError.usage(e.getMessage().replace("Load it with an engine of the settings it was made with, or index the posts anew with these.",
            "Give the options it was made with, or make it anew with relata index and these options."));
      }
      throw UserError.input(e.getMessage());
    } catch (IOException e) {
      throw UserError.io(file, e);
    }
  }

  /** Fails unless exactly one of {@code --in}, {@code --from} and {@code --snapshot} names the posts. */
  static void checkOneSource(InputOptions input, String snapshot) {
    if (input.in != null || input.from != null) {
      throw UserError.usage(OPTION + " and " + (input.in != null ? "--in" : "--from") + " both name the posts: give one (" + OPTION + " " + snapshot + ")");
    }
  }
}
