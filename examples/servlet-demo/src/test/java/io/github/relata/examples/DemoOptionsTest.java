package io.github.relata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class DemoOptionsTest {

  @Test
  void parse_nothing_givesTheDefaults() {
    DemoOptions options = DemoOptions.parse(new String[0], Map.of());

    assertEquals(DemoOptions.defaults(), options);
    assertEquals(8080, options.port());
    assertNull(options.posts());
  }

  @Test
  void parse_readsEveryOptionInBothForms() {
    DemoOptions options = DemoOptions.parse(new String[] {"--port", "9090", "--host=0.0.0.0", "--posts", "my.jsonl"}, Map.of());

    assertEquals(new DemoOptions(9090, "0.0.0.0", Path.of("my.jsonl"), DemoOptions.DEFAULT_SNAPSHOT, false), options);
  }

  @Test
  void parse_snapshot_defaultsToTheWorkingDirectory_orNamesAFile_orNone() {
    assertEquals(Path.of("demo-blog.relata"), DemoOptions.parse(new String[0], Map.of()).snapshot());
    assertEquals(Path.of("/srv/blog.relata"), DemoOptions.parse(new String[] {"--snapshot", "/srv/blog.relata"}, Map.of()).snapshot());
    assertNull(DemoOptions.parse(new String[] {"--no-snapshot"}, Map.of()).snapshot());
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
        () -> DemoOptions.parse(new String[] {"--no-snapshot", "--snapshot", "x.relata"}, Map.of()));
    assertEquals("--snapshot and --no-snapshot contradict each other (see --help)", both.getMessage());
  }

  @Test
  void parse_portFromTheEnvironment_unlessGivenAsOption() {
    assertEquals(7070, DemoOptions.parse(new String[0], Map.of("PORT", "7070")).port());
    assertEquals(9090, DemoOptions.parse(new String[] {"--port=9090"}, Map.of("PORT", "nonsense")).port());
  }

  @Test
  void parse_help() {
    assertTrue(DemoOptions.parse(new String[] {"--help"}, Map.of()).help());
    assertTrue(DemoOptions.parse(new String[] {"-h"}, Map.of()).help());
    assertTrue(DemoOptions.USAGE.startsWith("Usage: demo-blog [-h] [--no-snapshot] [--host=HOST] [--port=N] [--posts=FILE]"), DemoOptions.USAGE);
  }

  @Test
  void parse_badPort_throwsNamingItsSourceAndValue() {
    IllegalArgumentException option = assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[] {"--port", "80x"}, Map.of()));
    IllegalArgumentException env = assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[0], Map.of("PORT", "70000")));

    assertEquals("--port must be a port number from 0 to 65535: 80x", option.getMessage());
    assertEquals("PORT must be a port number from 0 to 65535: 70000", env.getMessage());
  }

  @Test
  void parse_unknownOption_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[] {"--feed", "x"}, Map.of()));

    assertEquals("Unknown options: '--feed', 'x' (see --help)", e.getMessage());
  }

  @Test
  void parse_missingValue_throwsNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[] {"--posts"}, Map.of()));

    assertTrue(e.getMessage().contains("'--posts'") && e.getMessage().startsWith("Missing required parameter"), e.getMessage());
  }
}
