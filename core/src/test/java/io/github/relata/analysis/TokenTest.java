package io.github.relata.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A token's checks: a term of at least one character, offsets with {@code 0 <= start <= end}. */
final class TokenTest {

  @Test
  void anEmptyTerm_isRefusedNamingTheSurface() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Token("", "Å", 0, 1, false));
    assertTrue(e.getMessage().contains("term must not be empty") && e.getMessage().contains("Å"), e.getMessage());
  }

  @Test
  void offsets_mayBeEqualButNotReversedOrNegative() {
    assertEquals(3, new Token("t", "T", 3, 3, false).end());
    assertThrows(IllegalArgumentException.class, () -> new Token("t", "T", 4, 3, false));
    assertThrows(IllegalArgumentException.class, () -> new Token("t", "T", -1, 3, false));
  }
}
