package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class LanguageCodesTest {

  @Test
  void primary_tagsAsSitesWriteThem_giveTheLanguage() {
    assertEquals(Optional.of("sv"), LanguageCodes.primary("sv"));
    assertEquals(Optional.of("sv"), LanguageCodes.primary(" sv-SE "));
    assertEquals(Optional.of("en"), LanguageCodes.primary("EN_us"));
    assertEquals(Optional.of("swe"), LanguageCodes.primary("swe"));
  }

  @Test
  void primary_noLanguage_isEmpty() {
    assertEquals(Optional.empty(), LanguageCodes.primary("english"));
    assertEquals(Optional.empty(), LanguageCodes.primary("xx-SE"));
    assertEquals(Optional.empty(), LanguageCodes.primary(""));
    assertFalse(LanguageCodes.isKnown("klingon"));
    assertTrue(LanguageCodes.isKnown("fi-FI"));
  }

  @Test
  void primary_null_namesTheParameter() {
    assertEquals("tag", assertThrows(NullPointerException.class, () -> LanguageCodes.primary(null)).getMessage());
  }
}
