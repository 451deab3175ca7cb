package io.github.relata.imports;

import io.github.relata.analysis.PlainText;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;

/** What a WordPress export's markup means: its elements' names, and its HTML as text. */
final class WordPressMarkup {

  /** WordPress's media shortcodes, whose brackets are no text; other bracketed words ("[sic]") stay. */
  private static final Pattern SHORTCODES = Pattern.compile("\\[/?(caption|wp_caption|gallery|audio|video|playlist|embed)\\b[^\\]]*\\]");

  private WordPressMarkup() {}

  /** Returns an item's HTML as text: Gutenberg block comments, tags and media shortcodes left out. */
  static String text(String html) {
    return PlainText.of(SHORTCODES.matcher(html).replaceAll(" "));
  }

  /**
   * Returns the current element's name with the prefix WordPress exports use for its namespace ({@code wp:},
   * {@code excerpt:}, {@code content:}, {@code dc:}), whatever prefix the file binds it to.
   */
  static String name(XMLStreamReader xml) {
    String ns = String.valueOf(xml.getNamespaceURI());
    String prefix;
    if (ns.startsWith("http://wordpress.org/export/")) {
      prefix = ns.endsWith("/excerpt/") ? "excerpt:" : "wp:";
    } else if (ns.equals("http://purl.org/rss/1.0/modules/content/")) {
      prefix = "content:";
    } else if (ns.equals("http://purl.org/dc/elements/1.1/")) {
      prefix = "dc:";
    } else {
      prefix = ns.isEmpty() || ns.equals("null") ? "" : ns + ":";
    }
    return prefix + xml.getLocalName();
  }
}
