package io.github.relata.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced blocks of this module's README, by their info string ({@code console}, {@code liquid}, ...). */
final class Readme {

  /** One fenced block: its info string and its lines. */
  record Block(String info, List<String> lines) {
    String text() {
      return String.join("\n", lines) + "\n";
    }
  }

  private Readme() {}

  /** Returns the README's fenced blocks, in order. */
  static List<Block> blocks() throws IOException {
    List<Block> blocks = new ArrayList<>();
    String info = null;
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
      if (info == null && line.startsWith("```")) {
        info = line.substring(3).strip();
        lines = new ArrayList<>();
      } else if (info != null && line.equals("```")) {
        blocks.add(new Block(info, List.copyOf(lines)));
        info = null;
      } else if (info != null) {
        lines.add(line);
      }
    }
    return blocks;
  }

  /** Returns the text of the one block whose info string is {@code info}. */
  static String block(String info) throws IOException {
    List<Block> found = blocks().stream().filter(b -> b.info().equals(info)).toList();
    if (found.size() != 1) {
      throw new AssertionError("README.md should have one ```" + info + " block, has " + found.size());
    }
    return found.get(0).text();
  }
}
