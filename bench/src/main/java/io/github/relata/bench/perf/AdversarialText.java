package io.github.relata.bench.perf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Texts built to find super-linear steps in analysis, each of a chosen size in UTF-8 bytes (a code unit of a
 * surrogate pair counts 2, so a lone surrogate counts 2 as well). Every text is a pure function of its kind
 * and size.
 */
enum AdversarialText {

  /** Ordinary prose, one Swedish and one English paragraph repeated: the baseline the others are compared with. */
  PROSE("prose", "Swedish and English prose, one paragraph each, repeated") {
    @Override
    void append(StringBuilder text, long bytes, SplittableRandom random) {
      repeat(text, bytes, "Regeringen har i dag gett Tillväxtverket i uppdrag att stödja regionernas arbete med smart "
          + "specialisering, e-post och EU:s strukturfonder. The government asked the agency to support the regions' "
          + "work on smart specialisation, clusters and Europe's funding programmes for 2021-2027.\n\n");
    }
  },
  /** One word of letters without a break: the "one 10-million-character word", at any size. */
  GIANT_WORD("giant-word", "one word of the letters a to z, no space or punctuation") {
    @Override
    void append(StringBuilder text, long bytes, SplittableRandom random) {
      repeat(text, bytes, "abcdefghijklmnopqrstuvwxyz");
    }
  },
  /** Punctuation and symbols only, ASCII and Unicode, no letter or space. */
  PUNCTUATION("punctuation", "ASCII and Unicode punctuation and symbols, no letter, digit or space") {
    @Override
    void append(StringBuilder text, long bytes, SplittableRandom random) {
      repeat(text, bytes, "!\"#$%&'()*+,-./:;=?@[\\]^_`{|}~¡§«»¿–—‘’“”…‰′″※‽⁂、。「」『』！？");
    }
  },
  /** Elements nested as deep as the size allows, each with a word, all closed at the end. */
  NESTED_HTML("nested-html", "<div><em>ord ... </em></div>, nested as deep as the size allows (4.2 million levels at 100 MB)") {
    @Override
    void append(StringBuilder text, long bytes, SplittableRandom random) {
      String open = "<div><em>ord ";
      String close = "</em></div>";
      long unit = open.length() + close.length();
      long levels = Math.max(1, (bytes + unit - 1) / unit);
      for (long i = 0; i < levels; i++) {
        text.append(open);
      }
      for (long i = 0; i < levels; i++) {
        text.append(close);
      }
    }
  },
  /** Elements opened and never closed. */
  UNCLOSED_HTML("unclosed-html", "<div><span>ord, opened and never closed, then a <br>") {
    @Override
    void append(StringBuilder text, long bytes, SplittableRandom random) {
      repeat(text, bytes - 4, "<div><span>ord ");
      text.append("<br>");
    }
  },
  /** Entity references, known, numeric, out of range and unknown, with nothing between them. */
  ENTITIES("entities", "entity references back to back: known, numeric, out of range, unknown") {
    @Override
    void append(StringBuilder text, long bytes, SplittableRandom random) {
      repeat(text, bytes, "&amp;&lt;&#x1F600;&#228;&nbsp;&#99999999;&bogus;&amp&;");
    }
  },
  /** One-letter words joined by hyphens, which the analyzer merges into longer words ("e-post"). */
  HYPHENATED("hyphenated", "a-b-c-...: one-letter parts joined by hyphens, no space") {
    @Override
    void append(StringBuilder text, long bytes, SplittableRandom random) {
      repeat(text, bytes, "a-b-c-d-e-f-g-h-i-j-");
    }
  },
  /**
   * Code points of every general category in random order and random runs: unpaired surrogates, CJK,
   * Hangul, combining marks, right-to-left scripts and bidi controls, emoji sequences, every kind of space.
   */
  UNICODE_MIX("unicode-mix", "random code points of all 30 general categories, lone surrogates, CJK, combining marks, RTL") {
    @Override
    void append(StringBuilder text, long bytes, SplittableRandom random) {
      long written = 0;
      while (written < bytes) {
        int[] pool = MIX[random.nextInt(MIX.length)];
        int run = 1 + random.nextInt(8);
        for (int i = 0; i < run; i++) {
          int cp = pool[random.nextInt(pool.length)];
          if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
            text.append((char) cp);
          } else {
            text.appendCodePoint(cp);
          }
          written += codePointBytes(cp);
        }
      }
    }
  },
  /**
   * One letter followed by nothing but combining marks of two canonical combining classes in turn (U+0301
   * above, class 230; U+0316 below, class 220), which Unicode normalisation must reorder.
   */
  COMBINING_MARKS("combining-marks", "one letter, then U+0301 and U+0316 in turn (combining classes 230 and 220)") {
    @Override
    void append(StringBuilder text, long bytes, SplittableRandom random) {
      text.append('a');
      repeat(text, bytes - 1, "\u0301\u0316");
    }
  };

  /** One pool per general category (and a few scripts), each a handful of representative code points. */
  private static final int[][] MIX = {
    {0x41, 0x5A, 0xC5, 0x391, 0x410, 0x1E9E}, // Lu
    {0x61, 0x7A, 0xE5, 0xDF, 0x3B1, 0x430, 0x1D44E}, // Ll
    {0x1C5, 0x1C8, 0x1F88}, // Lt
    {0x2B0, 0x3005, 0xFF70}, // Lm
    {0x5D0, 0x627, 0x6CC, 0x4E00, 0x6771, 0x4EAC, 0x3042, 0x30A2, 0xAC00, 0xD55C, 0x20000}, // Lo: Hebrew, Arabic, CJK, kana, Hangul
    {0x300, 0x301, 0x316, 0x327, 0x5B4, 0x64B, 0x93C, 0x3099}, // Mn
    {0x903, 0x93E, 0xBBE}, // Mc
    {0x20DD, 0x20DE, 0xA670}, // Me
    {0x30, 0x39, 0x660, 0x6F5, 0x966, 0xFF11, 0x1D7CE}, // Nd
    {0x16EE, 0x2160, 0x3007}, // Nl
    {0xB2, 0xBD, 0x2460, 0x2155}, // No
    {0x20, 0xA0, 0x2002, 0x2009, 0x202F, 0x3000}, // Zs
    {0x2028}, // Zl
    {0x2029}, // Zp
    {0x0, 0x9, 0xA, 0xD, 0x1B, 0x7F, 0x85, 0x9F}, // Cc
    {0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x1D173}, // Cf
    {0xE000, 0xF8FF, 0xF0000}, // Co
    {0xD800, 0xDBFF, 0xDC00, 0xDFFF}, // Cs: unpaired
    {0x378, 0x5FF, 0xFFFF, 0xE0080, 0x10FFFF}, // Cn
    {0x2D, 0x2010, 0x2011, 0x2013, 0x301C}, // Pd
    {0x28, 0x5B, 0x7B, 0x300C, 0xFF08}, // Ps
    {0x29, 0x5D, 0x7D, 0x300D, 0xFF09}, // Pe
    {0x5F, 0x203F, 0xFE4F}, // Pc
    {0x21, 0x2C, 0x2E, 0x27, 0x3A, 0x60C, 0x3001, 0x3002, 0x2026}, // Po
    {0xAB, 0x2018, 0x201C}, // Pi
    {0xBB, 0x2019, 0x201D}, // Pf
    {0x2B, 0x3C, 0x3E, 0x7C, 0x221E, 0x2211}, // Sm
    {0x24, 0xA2, 0x20AC, 0x20BF}, // Sc
    {0x5E, 0x60, 0xA8, 0x2C2, 0x1F3FB}, // Sk
    {0xA9, 0xAE, 0x2603, 0x2764, 0xFE0F, 0x1F600, 0x1F468, 0x1F1F8, 0x1F1EA}, // So, with a variation selector and regional indicators
  };

  private final String key;
  private final String description;

  AdversarialText(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** Returns the name used on the command line and in tables, such as {@code giant-word}. */
  String key() {
    return key;
  }

  /** Returns what the text is, in a line. */
  String description() {
    return description;
  }

  /** Returns the kinds' keys, in table order. */
  static List<String> keys() {
    return Arrays.stream(values()).map(AdversarialText::key).toList();
  }

  /** Returns the kind with this key. */
  static Optional<AdversarialText> ofKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  /**
   * Returns this kind of text, about {@code bytes} long in UTF-8 (at most one repeated unit more).
   *
   * @param bytes the size, at least 1
   */
  String text(long bytes) {
    if (bytes < 1 || bytes > Integer.MAX_VALUE - 1_000) {
      throw new IllegalArgumentException("bytes must be from 1 to about 2 GB: " + bytes);
    }
    StringBuilder text = new StringBuilder((int) Math.min(bytes, Integer.MAX_VALUE - 1_000));
    append(text, bytes, new SplittableRandom(2026));
    return text.toString();
  }

  abstract void append(StringBuilder text, long bytes, SplittableRandom random);

  /** Appends {@code unit} until the text has at least {@code bytes} UTF-8 bytes from where it started. */
  private static void repeat(StringBuilder text, long bytes, String unit) {
    long unitBytes = utf8Length(unit);
    for (long written = 0; written < bytes; written += unitBytes) {
      text.append(unit);
    }
  }

  static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += Character.isSurrogate(c) ? 2 : codePointBytes(c);
    }
    return bytes;
  }

  static int codePointBytes(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : (cp <= 0xFFFF && !Character.isSurrogate((char) cp)) ? 3 : cp <= 0xFFFF ? 2 : 4;
  }
}
