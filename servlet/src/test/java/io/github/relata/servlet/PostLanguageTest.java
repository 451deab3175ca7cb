package io.github.relata.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Signal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PostLanguageTest {

  @Test
  void swedish_formatsDatesAsOnTheSeedPage() {
    assertEquals("14 mars 2018", PostLanguage.SWEDISH.format(LocalDate.of(2018, 3, 14)));
    assertEquals("10 juli 2018", PostLanguage.SWEDISH.format(LocalDate.of(2018, 7, 10)));
    assertEquals("Relaterade inlägg", PostLanguage.SWEDISH.heading());
    assertEquals("Läs hela artikeln", PostLanguage.SWEDISH.readMore());
  }

  @Test
  void english_formatsDatesMonthFirst() {
    assertEquals("March 14, 2018", PostLanguage.ENGLISH.format(LocalDate.of(2018, 3, 14)));
    assertEquals("Related posts", PostLanguage.ENGLISH.heading());
    assertEquals("Read the whole article", PostLanguage.ENGLISH.readMore());
  }

  @Test
  void of_choosesSwedishForSvAndEnglishForAnythingElse() {
    assertSame(PostLanguage.SWEDISH, PostLanguage.of("sv"));
    assertSame(PostLanguage.SWEDISH, PostLanguage.of("sv-FI"));
    assertSame(PostLanguage.ENGLISH, PostLanguage.of("en"));
    assertSame(PostLanguage.ENGLISH, PostLanguage.of("de"));
    assertSame(PostLanguage.ENGLISH, PostLanguage.of(null));
  }

  @Test
  void everySignalHasAName() {
    for (Signal s : Signal.values()) {
      assertTrue(!PostLanguage.SWEDISH.signalName(s).isBlank() && !PostLanguage.ENGLISH.signalName(s).isBlank(), s.name());
    }
  }

  @Test
  void constructor_missingSignalName_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PostLanguage("fi", Locale.ROOT, "d.M.yyyy", "h", "r", "s", "t", "d", "p", Map.of(Signal.TEXT, "teksti")));

    assertTrue(e.getMessage().contains("TITLE"), e.getMessage());
  }
}
