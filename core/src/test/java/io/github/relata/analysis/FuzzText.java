package io.github.relata.analysis;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile text for fuzzing: any UTF-16, code points of every general category, fragments of markup,
 * entities and the analyzer's special cases glued together, nested markup and long runs, all small enough
 * for ten thousand tries in seconds. Also a time bound for a whole property that names the input it was on.
 */
public final class FuzzText {

  /** One pool per general category (and a few scripts): lone surrogates, CJK, combining marks, RTL, emoji. */
  private static final int[][] CATEGORIES = {
    {0x41, 0x5A, 0xC5, 0x130, 0x391, 0x410, 0x1E9E}, // Lu, with dotted I
    {0x61, 0x7A, 0xE5, 0xDF, 0x131, 0x3B1, 0x3C2, 0x430, 0x1D44E}, // Ll
    {0x1C5, 0x1C8, 0x1F88}, // Lt
    {0x2B0, 0x3005, 0xFF70}, // Lm
    {0x5D0, 0x627, 0x6CC, 0x4E00, 0x6771, 0x4EAC, 0x3042, 0x30A2, 0xAC00, 0x1100, 0x1161, 0x11A8, 0x20000}, // Lo, Hangul jamo
    {0x300, 0x301, 0x316, 0x327, 0x34F, 0x5B4, 0x64B, 0x93C, 0x3099, 0xFE00}, // Mn
    {0x903, 0x93E, 0xBBE}, // Mc
    {0x20DD, 0x20DE, 0xA670}, // Me
    {0x30, 0x39, 0x660, 0x6F5, 0x966, 0xFF11, 0x1D7CE}, // Nd
    {0x16EE, 0x2160, 0x216B, 0x3007}, // Nl
    {0xB2, 0xBD, 0x2460, 0x2155}, // No
    {0x20, 0xA0, 0x1680, 0x2002, 0x2009, 0x202F, 0x205F, 0x3000}, // Zs
    {0x2028}, // Zl
    {0x2029}, // Zp
    {0x0, 0x9, 0xA, 0xB, 0xC, 0xD, 0x1B, 0x7F, 0x85, 0x9F}, // Cc
    {0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2060, 0x2066, 0x2069, 0xFEFF, 0x1D173, 0xE0001}, // Cf
    {0xE000, 0xF8FF, 0xF0000, 0x10FFFD}, // Co
    {0xD800, 0xDBFF, 0xDC00, 0xDFFF}, // Cs, unpaired
    {0x378, 0x5FF, 0xFFFE, 0xFFFF, 0xE0080, 0x10FFFF}, // Cn
    {0x2D, 0x2010, 0x2011, 0x2013, 0x2E3A, 0x301C}, // Pd
    {0x28, 0x5B, 0x7B, 0x300C, 0xFF08}, // Ps
    {0x29, 0x5D, 0x7D, 0x300D, 0xFF09}, // Pe
    {0x5F, 0x203F, 0xFE4F}, // Pc
    {0x21, 0x22, 0x26, 0x27, 0x2C, 0x2E, 0x3A, 0x3B, 0x60C, 0x3001, 0x3002, 0x2026, 0xFF1A}, // Po
    {0xAB, 0x2018, 0x201C}, // Pi
    {0xBB, 0x2019, 0x201D}, // Pf
    {0x2B, 0x3C, 0x3E, 0x7C, 0x221E, 0x2211}, // Sm
    {0x24, 0xA2, 0x20AC, 0x20BF}, // Sc
    {0x5E, 0x60, 0xA8, 0x2BC, 0x2C2, 0x1F3FB}, // Sk
    {0xA9, 0xAE, 0x2603, 0x2764, 0xFE0F, 0x1F600, 0x1F468, 0x1F1F8, 0x1F1EA}, // So, regional indicators
  };

  /** Pieces that exercise markup handling, entity decoding and the analyzer's word rules. */
  private static final List<String> FRAGMENTS = List.of(
      "smart", "specialisering", "Nordregio", "strategier", "the", "och", "running", "Malmö", "Ελλάδα", "Россия", "東京都",
      "한국어", "ひらがな", "カタカナ", "עברית", "العربية", "हिन्दी", "ﬁ", "ǅ", "İstanbul", "STRASSE", "Straße", "ｆｕｌｌ", "①", "Ⅻ",
      "e-post", "EU:s", "Anna's", "l'homme", "o’neill", "u.s.a", "e.g.", "3.5", "2018", "example.com", "io.Reader", "S3",
      "-", "‐", "‑", "--", ".", "..", "'", "’", ":", "：", ",", ";", "!", "?", "/", "\\", "\"", "…", "–", "—",
      " ", "  ", "\t", "\n", "\r\n", "\n\n", "\u00A0", "\u2028", "\u3000", "\0", "\uFEFF", "\u200D", "\u200B", "\u202E",
      "\u0301", "\u0316", "\u0308\u0301", "\uD800", "\uDC00", "\uD83D\uDE00", "\uD83D", "👨‍👩‍👧", "🇸🇪",
      "<", ">", "</", "/>", "<b>", "</b>", "<i>", "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<hr>", "<img src=x>",
      "<a href=\"#\">", "</a>", "<span class='x'>", "</span>", "<table>", "<td>", "<tr>", "</table>", "<li>", "<ul>",
      "<script>", "</script>", "<style>", "</style>", "<title>", "<textarea>", "<template>", "<svg>", "<math>",
      "<select>", "<option>", "<noscript>", "<plaintext>", "<xmp>", "<iframe>", "<frameset>", "<html>", "<body>", "<head>",
      "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml?>", "<a", "<div ", "< b>", "<1>", "<ACME Corp>",
      "&amp;", "&lt;", "&gt;", "&nbsp;", "&#228;", "&#xE4;", "&#x1F600;", "&#0;", "&#xD800;", "&#99999999;",
      "&#x;", "&#;", "&", "&amp", "&bogus;", "&ampamp;", "&#", "&#x");

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private FuzzText() {}

  /** Any text at all: each kind below about equally often. */
  public static Gen<String> anyText() {
    return Generate.frequency(
            Pair.of(2, codeUnits()),
            Pair.of(2, categories()),
            Pair.of(4, fragments()),
            Pair.of(1, nested(60)),
            Pair.of(1, runs()))
        .describedAs(FuzzText::describe);
  }

  /** Random UTF-16 code units: lone surrogates, controls, noncharacters. */
  public static Gen<String> codeUnits() {
    return lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 80).map(units -> {
      StringBuilder s = new StringBuilder();
      units.forEach(u -> s.append((char) (int) u));
      return s.toString();
    });
  }

  /** Code points drawn from every general category in turn. */
  public static Gen<String> categories() {
    Gen<Integer> category = integers().between(0, CATEGORIES.length - 1);
    Gen<Integer> index = integers().between(0, 1000);
    return lists().of(category.zip(index, (c, i) -> CATEGORIES[c][i % CATEGORIES[c].length])).ofSizeBetween(0, 60).map(cps -> {
      StringBuilder s = new StringBuilder();
      for (int cp : cps) {
        if (cp <= 0xFFFF) {
          s.append((char) cp);
        } else {
          s.appendCodePoint(cp);
        }
      }
      return s.toString();
    });
  }

  /** Fragments of words, punctuation, markup and entities glued together, with or without spaces. */
  public static Gen<String> fragments() {
    Gen<String> fragment = Generate.pick(FRAGMENTS);
    return lists().of(fragment.zip(integers().between(0, 3), (f, sep) -> sep == 0 ? f + " " : f)).ofSizeBetween(0, 40)
        .map(parts -> String.join("", parts));
  }

  private static final List<String> TAGS = List.of("div", "b", "i", "a", "p", "li", "ul", "span", "table", "td", "tr", "font",
      "blockquote", "em", "custom-tag", "svg", "select", "template", "h1", "pre", "code", "form", "button", "nobr");

  /**
   * Markup nested up to {@code maxDepth} levels, closed in order, left open, or closed with wrong tags,
   * with words between; the tags and words are drawn from a seed, so an input shrinks by its depth.
   */
  public static Gen<String> nested(int maxDepth) {
    return integers().between(0, maxDepth).zip(integers().between(0, 3), integers().between(0, Integer.MAX_VALUE), (depth, mode, seed) -> {
      StringBuilder s = new StringBuilder();
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
      for (int i = 0; i < depth; i++) {
        String name = TAGS.get(random.nextInt(TAGS.size()));
        s.append('<').append(name).append(mode == 3 && random.nextBoolean() ? " class=\"x\"" : "").append('>');
        if (random.nextInt(3) == 0) {
          s.append(FRAGMENTS.get(random.nextInt(20))).append(' ');
        }
        open.push(name);
      }
      s.append("ord");
      if (mode != 1) {
        while (!open.isEmpty()) {
          String name = open.pop();
          s.append("</").append(mode == 2 && random.nextInt(4) == 0 ? "div" : name).append('>');
        }
      }
      return s.toString();
    });
  }

  /** A fragment or a code point repeated up to a few thousand times. */
  public static Gen<String> runs() {
    return Generate.pick(FRAGMENTS).zip(integers().between(1, 3_000), (f, n) -> f.repeat(Math.max(1, n / Math.max(1, f.length()))));
  }

  /** Returns {@code texts}, described as Java string literals when a property fails on one. */
  public static Gen<String> described(Gen<String> texts) {
    return texts.describedAs(FuzzText::describe);
  }

  /**
   * Returns {@code text} as a Java string literal body: printable ASCII as is, everything else as {@code
   * \\uXXXX}, cut after 2,000 characters with its length given, so that a failing input can be pasted back.
   */
  public static String describe(String text) {
    StringBuilder s = new StringBuilder("\"");
    int shown = Math.min(text.length(), 2_000);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        s.append(c);
      } else {
        s.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
      }
    }
    s.append('"');
    if (shown < text.length()) {
      s.append("... (").append(text.length()).append(" chars)");
    }
    return s.toString();
  }

  /**
   * Runs a whole property within {@code budget}, failing with the input it was on when the budget passes; and
   * fails any single try that takes longer than {@code perTry}, naming its input.
   */
  public static final class Bound {
    private final AtomicReference<Supplier<String>> current = new AtomicReference<>(() -> "(none yet)");
    private final Duration perTry;
    private long start;

    public Bound(Duration perTry) {
      this.perTry = perTry;
    }

    /** Marks the start of a try on the input {@code input} describes (called only if the try fails). */
    public void start(Supplier<String> input) {
      current.set(input);
      start = System.nanoTime();
    }

    /** Fails when the try begun by {@link #start} took longer than the bound for one try. */
    public void end() {
      long took = System.nanoTime() - start;
      if (took > perTry.toNanos()) {
        Assertions.fail(String.format("one try took %d ms (bound %d ms) on %s", took / 1_000_000, perTry.toMillis(), current.get().get()));
      }
    }

    /** Runs {@code property} preemptively within {@code budget}. */
    public void within(Duration budget, org.junit.jupiter.api.function.Executable property) {
      Assertions.assertTimeoutPreemptively(budget, property, () -> "no answer within " + budget.toSeconds() + " s; the try under way: " + current.get().get());
    }
  }
}
