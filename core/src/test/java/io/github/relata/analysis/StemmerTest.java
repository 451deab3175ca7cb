package io.github.relata.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StemmerTest {

  @Test
  void snowball_coversSwedishEnglishAndTheOtherSnowballLanguages() {
    assertTrue(Stemmer.snowballLanguages().containsAll(List.of("sv", "en", "de", "fr", "es", "fi", "da", "nl", "no", "ru")));
    assertEquals("specialisering", Stemmer.snowball("sv").stem("specialiseringen"));
    assertEquals("connect", Stemmer.snowball("EN").stem("connections"));
  }

  @Test
  void snowball_unknownLanguage_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stemmer.snowball("xx"));
    assertTrue(e.getMessage().contains("xx"), e.getMessage());
  }

  @Test
  void snowball_isSafeToShareBetweenThreads() throws Exception {
    Stemmer stemmer = Stemmer.snowball("en");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            if (!stemmer.stem(i % 2 == 0 ? "connections" : "running").equals(i % 2 == 0 ? "connect" : "run")) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void none_keepsWords() {
    assertEquals("clusters", Stemmer.none().stem("clusters"));
  }
}
