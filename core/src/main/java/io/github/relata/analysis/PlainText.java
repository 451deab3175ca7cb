package io.github.relata.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns markup into readable plain text and cuts excerpts from it. Thread-safe. */
public final class PlainText {

  /** The ellipsis that ends a cut excerpt, as on most blogs. */
  public static final String ELLIPSIS = "…";

  private PlainText() {}

  /**
   * Returns the text of {@code html} with tags removed, entities decoded, Unicode normalised (NFC) and
   * runs of white space collapsed into one space.
   *
   * @param html text that may contain HTML
   * @return plain text, trimmed
   * @throws NullPointerException if {@code html} is null
   */
  public static String of(String html) {
    return collapseWhitespace(normalize(stripMarkup(checkNotNull(html, "html")), Normalizer.Form.NFC));
  }

  /**
   * Returns an excerpt of plain text: the whole text when it has at most {@code maxLength} characters,
   * else the text cut at the last word boundary before {@code maxLength} and ended with "…".
   *
   * @param text plain text, for example from {@link #of(String)}
   * @param maxLength the longest excerpt, in characters, including the ellipsis; at least 10
   * @return the excerpt
   * @throws IllegalArgumentException if {@code maxLength} is less than 10
   */
  public static String excerpt(String text, int maxLength) {
    checkNotNull(text, "text");
    checkArgument(maxLength >= 10, "maxLength must be at least 10: %s", maxLength);
    String plain = text.strip();
    if (plain.length() <= maxLength) {
      return plain;
    }
    int limit = maxLength - ELLIPSIS.length();
    int cut = limit;
    while (cut > limit / 2 && !Character.isWhitespace(plain.charAt(cut))) {
      cut--;
    }
    if (cut <= limit / 2) {
      cut = limit; // one very long word: cut inside it
    }
    if (Character.isHighSurrogate(plain.charAt(cut - 1)) && Character.isLowSurrogate(plain.charAt(cut))) {
      cut--; // never split a surrogate pair (a lone low surrogate at the cut is no pair)
    }
    String head = plain.substring(0, cut).stripTrailing();
    int end = head.length();
    while (end > 0 && isTrailingPunctuation(head.charAt(end - 1))) {
      end--;
    }
    return head.substring(0, end) + ELLIPSIS;
  }

  /** Returns {@code text} in the given normal form, or itself when it already is. */
  static String normalize(String text, Normalizer.Form form) {
    String bounded = withShortMarkRuns(text);
    return Normalizer.isNormalized(bounded, form) ? bounded : Normalizer.normalize(bounded, form);
  }

  /**
   * At most this many combining marks in a row are kept. No writing system needs more (Unicode's stream-safe
   * text format, UAX #15, bounds such runs at 30), and the normaliser's reordering takes time quadratic in a
   * run's length: a hostile post of one letter and a million accents would take hours.
   */
  static final int MAX_MARK_RUN = 30;

  /** Returns {@code text} with every run of combining marks cut to {@link #MAX_MARK_RUN}; {@code text} itself when none is longer. */
  static String withShortMarkRuns(String text) {
    int run = 0;
    boolean longRun = false;
    for (int i = 0; i < text.length() && !longRun; ) {
      int cp = text.codePointAt(i);
      run = isMarkType(Character.getType(cp)) ? run + 1 : 0;
      longRun = run > MAX_MARK_RUN;
      i += Character.charCount(cp);
    }
    if (!longRun) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    run = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int length = Character.charCount(cp);
      run = isMarkType(Character.getType(cp)) ? run + 1 : 0;
      if (run <= MAX_MARK_RUN) {
        out.append(text, i, i + length);
      }
      i += length;
    }
    return out.toString();
  }

  private static boolean isMarkType(int type) {
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Removes tags and decodes entities, keeping line breaks. Text is read as HTML only when it has a closing
   * tag of an HTML element or a void element such as {@code <br>}, so that angle brackets in plain text
   * ("a < b", "<ACME Corp>") are kept.
   */
  static String stripMarkup(String text) {
    if (text.indexOf('<') >= 0 && looksLikeHtml(text)) {
      StringBuilder out = new StringBuilder(text.length());
      NodeTraversor.traverse(new TextCollector(out), Jsoup.parseBodyFragment(text).body());
      return out.toString();
    }
    return text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
  }

  private static boolean looksLikeHtml(String text) {
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (VOID_ELEMENTS.contains(name) || (!tag.group(1).isEmpty() && Tag.isKnownTag(name))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[\\s/>]");
  private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img", "wbr");

  /** Collects text nodes, with a line break around each block element and for each {@code <br>}. */
  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder out;

    TextCollector(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        out.append(text.getWholeText());
      } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
        out.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && element.isBlock()) {
        out.append('\n');
      }
    }
  }

  private static String collapseWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isTrailingPunctuation(char c) {
    return c == ',' || c == ';' || c == ':' || c == '.' || c == '-' || c == '–' || c == '(' || c == '"';
  }
}
