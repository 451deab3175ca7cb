package io.github.relata.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analysis chain of {@link Analyzer}: markup stripping, NFKC, Unicode word splitting (Lucene's
 * {@code StandardTokenizer} with CJK bigrams), case folding, hyphen and apostrophe handling, stop words,
 * length filter and stemming.
 */
final class ChainAnalyzer implements Analyzer {

  static final int DEFAULT_MIN_LENGTH = 2;
  /** A single line break is a soft wrap inside a paragraph; two end it. */
  private static final int LINE_BREAKS = 1;

  /** Longer runs of letters are split, so one enormous "word" costs no more than many short ones. */
  private static final int MAX_WORD_LENGTH = 64;

  /** The word splitter; Lucene's analyzer keeps one token stream per thread and reuses it. */
  private static final org.apache.lucene.analysis.Analyzer WORDS =
      new org.apache.lucene.analysis.Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer tokenizer = new StandardTokenizer();
          tokenizer.setMaxTokenLength(MAX_WORD_LENGTH);
          return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer));
        }
      };

  private final Stemmer stemmer;
  private final Set<String> stopWords;
  private final int minLength;

  ChainAnalyzer(Stemmer stemmer, Set<String> stopWords, int minLength) {
    this.stemmer = stemmer;
    this.stopWords = stopWords;
    this.minLength = minLength;
  }

  @Override
  public List<Token> tokens(String text) {
    checkNotNull(text, "text");
    String plain = PlainText.normalize(PlainText.stripMarkup(text), Normalizer.Form.NFKC);
    List<Raw> raw = mergeShortHyphenated(plain, split(plain));
    List<Token> tokens = new ArrayList<>(raw.size());
    int previousKept = -2;
    for (int i = 0; i < raw.size(); i++) {
      Raw word = raw.get(i);
      String term = normalizeWord(word);
      if (term.isEmpty()
          || (!word.cjk && term.codePointCount(0, term.length()) < minLength)
          || stopWords.contains(term)
          || stopWords.contains(word.folded)) {
        continue;
      }
      if (word.hasLetter && !word.cjk) {
        String stem = stemmer.stem(term);
        // A stemmer that gives nothing back (an empty or null stem) leaves the word as it is.
        term = stem == null || stem.isEmpty() ? term : stem;
      }
      boolean joined =
          previousKept == i - 1
              && i > 0
              && !word.cjk
              && !raw.get(i - 1).cjk
              && onlySpaceBetween(plain, raw.get(i - 1).end, word.start);
      tokens.add(new Token(term, plain.substring(word.start, word.end), word.start, word.end, joined));
      previousKept = i;
    }
    return tokens;
  }

  /** A token as the splitter produced it, case-folded. */
  private static final class Raw {
    final String folded;
    final int start;
    final int end;
    final boolean cjk;
    final boolean hasLetter;

    Raw(String folded, int start, int end, boolean cjk) {
      this.folded = folded;
      this.start = start;
      this.end = end;
      this.cjk = cjk;
      this.hasLetter = folded.codePoints().anyMatch(Character::isLetter);
    }
  }

  private static List<Raw> split(String plain) {
    List<Raw> words = new ArrayList<>();
    try (TokenStream stream = WORDS.tokenStream("", plain)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = term.toString();
        String folded = word.toLowerCase(Locale.ROOT);
        boolean cjk = isCjk(type.type());
        if (!cjk && folded.indexOf('.') > 0 && !isAbbreviationOrNumber(folded)) {
          splitDotted(word, offset.startOffset(), words);
        } else {
          words.add(new Raw(folded, offset.startOffset(), offset.endOffset(), cjk));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
    return words;
  }

  /** "u.s.a", "e.g" and "3.5" stay whole; "io.reader" and "example.com" are two words each. */
  private static boolean isAbbreviationOrNumber(String word) {
    boolean digits = true;
    boolean singleLetters = true;
    int partLength = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        singleLetters &= partLength <= 1;
        partLength = 0;
      } else {
        partLength++;
        digits &= Character.isDigit(c);
      }
    }
    return digits || (singleLetters && partLength <= 1);
  }

  /**
   * Splits a word at its dots, with offsets counted in the word as written: its lower case can be longer
   * ("İ" lower-cases to two chars), so each part is folded on its own.
   */
  private static void splitDotted(String word, int start, List<Raw> words) {
    int from = 0;
    for (int i = 0; i <= word.length(); i++) {
      if (i == word.length() || word.charAt(i) == '.') {
        if (i > from) {
          words.add(new Raw(word.substring(from, i).toLowerCase(Locale.ROOT), start + from, start + i, false));
        }
        from = i + 1;
      }
    }
  }

  private static boolean isCjk(String type) {
    return type.equals(CJKBigramFilter.DOUBLE_TYPE)
        || type.equals(CJKBigramFilter.SINGLE_TYPE)
        || type.equals("<IDEOGRAPHIC>")
        || type.equals("<HIRAGANA>")
        || type.equals("<KATAKANA>")
        || type.equals("<HANGUL>");
  }

  /** Joins "e-post" into "epost": a hyphenated word with a one-letter part is one word, not two. */
  private static List<Raw> mergeShortHyphenated(String plain, List<Raw> words) {
    List<Raw> merged = new ArrayList<>(words.size());
    for (Raw word : words) {
      if (!merged.isEmpty()) {
        Raw previous = merged.get(merged.size() - 1);
        boolean hyphenated = word.start == previous.end + 1 && plain.charAt(previous.end) == '-';
        boolean short1 = previous.folded.length() == 1 || word.folded.length() == 1;
        boolean fits = word.end - previous.start <= MAX_WORD_LENGTH; // the written word, hyphens included
        if (hyphenated && short1 && fits && !previous.cjk && !word.cjk && previous.hasLetter && word.hasLetter) {
          merged.set(merged.size() - 1, new Raw(previous.folded + word.folded, previous.start, word.end, false));
          continue;
        }
      }
      merged.add(word);
    }
    return merged;
  }

  /**
   * Drops genitive and elided parts around apostrophes and colons ("eu:s" to "eu", "l'homme" to "homme",
   * "o'neill" to "oneill") and the dots of abbreviations ("u.s.a" to "usa").
   */
  private static String normalizeWord(Raw word) {
    String folded = word.folded;
    if (word.cjk || !word.hasLetter) {
      return folded;
    }
    folded = folded.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'').replace(".", "");
    if (folded.indexOf('\'') < 0 && folded.indexOf(':') < 0) {
      return folded;
    }
    String[] parts = folded.split("['：:]", -1);
    if (parts.length == 2) {
      if (parts[1].length() <= 2 && !parts[0].isEmpty()) {
        return parts[0];
      }
      if (parts[0].length() <= 2 && !parts[1].isEmpty()) {
        return parts[1];
      }
    }
    return String.join("", parts);
  }

  /** Spaces, one hyphen or one line break (a soft wrap) join two words; anything else separates them. */
  private static boolean onlySpaceBetween(String text, int from, int to) {
    if (to <= from) {
      return false;
    }
    int hyphens = 0;
    int lineBreaks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '‐' || c == '‑') {
        hyphens++;
      } else if (c == '\n') {
        lineBreaks++;
      } else if (c != ' ' && c != '\t' && c != '\u00A0' && c != '\r') {
        return false;
      }
    }
    return hyphens <= 1 && lineBreaks <= LINE_BREAKS;
  }

  @Override
  public String toString() {
    return "Analyzer[stemmer=" + stemmer + ", stopWords=" + stopWords.size() + ", minLength=" + minLength + "]";
  }
}
