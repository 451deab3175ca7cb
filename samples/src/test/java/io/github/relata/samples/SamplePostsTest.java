package io.github.relata.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class SamplePostsTest {

  @Test
  void open_givesTheFiftyFourPosts() throws IOException {
    try (InputStream in = SamplePosts.open()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(54, text.lines().filter(l -> l.startsWith("{\"id\": ")).count());
    }
  }
}
