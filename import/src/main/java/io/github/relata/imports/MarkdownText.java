package io.github.relata.imports;

import io.github.relata.analysis.PlainText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown as plain text for analysis: Hugo shortcodes or Jekyll's Liquid tags left out (the text inside
 * paired shortcodes and {@code raw} blocks kept, Liquid comments dropped), rendered by CommonMark with GFM
 * tables, then reduced to text. Thread-safe.
 */
final class MarkdownText {

  /** How a generator marks where the summary ends. */
  static final String MORE = "<!--more-->";

  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  private static final Pattern SHORTCODE = Pattern.compile("(?s)\\{\\{[<%].*?[>%]\\}\\}");
  private static final Pattern LIQUID = Pattern.compile(
      "(?s)\\{%-?\\s*raw\\s*-?%\\}(.*?)\\{%-?\\s*endraw\\s*-?%\\}"
          + "|\\{%-?\\s*comment\\s*-?%\\}.*?\\{%-?\\s*endcomment\\s*-?%\\}"
          + "|\\{%.*?%\\}|\\{\\{.*?\\}\\}");

  /** Which template syntax to leave out. */
  enum Dialect { HUGO, JEKYLL }

  private MarkdownText() {}

  /** Returns the plain text of Markdown written for {@code dialect}. */
  static String plain(String markdown, Dialect dialect) {
    return PlainText.of(HTML.render(PARSER.parse(withoutTemplates(markdown, dialect))));
  }

  /** Returns Markdown with the generator's template tags removed. */
  static String withoutTemplates(String markdown, Dialect dialect) {
    if (dialect == Dialect.HUGO) {
      return SHORTCODE.matcher(markdown).replaceAll("");
    }
    Matcher m = LIQUID.matcher(markdown);
    StringBuilder out = new StringBuilder(markdown.length());
    while (m.find()) {
      m.appendReplacement(out, m.group(1) != null ? Matcher.quoteReplacement(m.group(1)) : "");
    }
    m.appendTail(out);
    return out.toString();
  }
}
