package io.github.relata.imports;

import io.github.relata.Article;
import io.github.relata.ArticleBuilder;
import io.github.relata.analysis.PlainText;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A WordPress export (WXR), read as a stream: published items of the chosen types become posts; drafts,
 * pages, attachments, private, password-protected, scheduled and trashed items are skipped and counted.
 * Categories, tags, the excerpt or content, and the language Polylang records (its {@code language}
 * taxonomy) are read; HTML, Gutenberg block comments and WordPress's media shortcodes are reduced to text.
 * A post's id is its {@code wp:post_id}.
 */
final class WxrReader {

  /** One {@code <category>} of an item. */
  private record Term(String domain, String nicename, String name) {}

  /** What one item holds, as it is read. */
  private static final class Item {
    final int number;
    final int line;
    final Map<String, String> fields = new HashMap<>();
    final List<Term> terms = new ArrayList<>();
    long chars;
    boolean tooLarge;

    Item(int number, int line) {
      this.number = number;
      this.line = line;
    }
  }

  private final Results results;
  private @Nullable URI base;

  WxrReader(Results results) {
    this.results = results;
  }

  ImportResult read(InputStream in) throws ImportException {
    String source = results.source();
    XMLStreamReader xml = null;
    try {
      xml = SecureXml.reader(in, results.options());
      checkRoot(xml);
      int items = 0;
      int depth = 1;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth == 3 && xml.getLocalName().equals("item")) {
            Item item = readItem(xml, ++items);
            depth--;
            handle(item);
          } else if (depth == 3 && xml.getLocalName().equals("link") && xml.getNamespaceURI().isEmpty()) {
            base = uri(xml.getElementText().strip());
            depth--;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return results.result();
    } catch (XMLStreamException e) {
      if (results.overLimit()) {
        throw results.limitExceeded();
      }
      int line = SecureXml.line(e);
      throw new ImportException(line > 0 ? source + ":" + line : source,
          SecureXml.message(e), e);
    } finally {
      close(xml);
    }
  }

  private void checkRoot(XMLStreamReader xml) throws XMLStreamException, ImportException {
    while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
      // Comments and processing instructions before the root.
    }
    if (!xml.isStartElement()) {
      throw new ImportException(results.source(), "not a WordPress export: no XML elements");
    }
    String root = xml.getLocalName();
    if (!root.equals("rss")) {
      throw new ImportException(results.source(), "not a WordPress export (WXR): the root element is <" + root + ">, not <rss>"
          + (root.equals("feed") ? " (an Atom feed? read it as feed:)" : ""));
    }
    for (int i = 0; i < xml.getNamespaceCount(); i++) {
      if (String.valueOf(xml.getNamespaceURI(i)).startsWith("http://wordpress.org/export/")) {
        return;
      }
    }
    throw new ImportException(results.source(),
        "not a WordPress export (WXR): an RSS feed without the WordPress export namespace (read it as feed:)");
  }

  private Item readItem(XMLStreamReader xml, int number) throws XMLStreamException {
    Item item = new Item(number, xml.getLocation().getLineNumber());
    int depth = 0;
    String field = null;
    StringBuilder text = new StringBuilder();
    Term term = null;
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String name = WordPressMarkup.name(xml);
          if (depth == 1) {
            field = name;
            text.setLength(0);
            if (name.equals("category")) {
              term = new Term(String.valueOf(xml.getAttributeValue(null, "domain")), String.valueOf(xml.getAttributeValue(null, "nicename")), "");
            }
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 1 && !item.tooLarge) {
            int length = xml.getTextLength();
            item.chars += length;
            if (item.chars > results.options().maxPostBytes()) {
              item.tooLarge = true;
              text.setLength(0);
            } else {
              text.append(xml.getTextCharacters(), xml.getTextStart(), length);
            }
          } else if (item.tooLarge) {
            item.chars += xml.getTextLength();
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == 0) {
            return item;
          }
          if (depth == 1 && field != null) {
            if (term != null) {
              item.terms.add(new Term(term.domain(), term.nicename(), text.toString().strip()));
              term = null;
            } else {
              item.fields.putIfAbsent(field, text.toString());
            }
            field = null;
          }
          depth--;
        }
        default -> {
          // Comments and processing instructions inside an item carry nothing.
        }
      }
    }
    return item;
  }

  private void handle(Item item) {
    String where = results.source() + ": item " + item.number + " (line " + item.line + ")";
    String type = item.fields.getOrDefault("wp:post_type", "post").strip();
    String status = item.fields.getOrDefault("wp:status", "publish").strip();
    String title = item.fields.getOrDefault("title", "").strip();
    String named = title.isEmpty() ? "" : "'" + JsonPosts.abbreviate(title) + "': ";
    if (!results.options().wordpressPostTypes().contains(type)) {
      SkipReason reason = switch (type) {
        case "page" -> SkipReason.PAGE;
        case "attachment" -> SkipReason.ATTACHMENT;
        default -> SkipReason.OTHER_TYPE;
      };
      results.skip(where, reason, named + "wp:post_type " + type);
      return;
    }
    SkipReason skip = switch (status) {
      case "publish" -> null;
      case "draft", "pending", "auto-draft" -> results.options().includeDrafts() ? null : SkipReason.DRAFT;
      case "future" -> results.options().includeFuture() ? null : SkipReason.FUTURE;
      case "private" -> SkipReason.PRIVATE;
      case "trash" -> SkipReason.TRASHED;
      default -> SkipReason.INVALID;
    };
    if (skip != null) {
      results.skip(where, skip, named + "wp:status " + status);
      return;
    }
    if (!item.fields.getOrDefault("wp:post_password", "").isBlank()) {
      results.skip(where, SkipReason.PASSWORD_PROTECTED, named + "wp:post_password is set");
      return;
    }
    if (item.tooLarge) {
      results.skip(where, SkipReason.TOO_LARGE, named + results.tooLarge(item.chars));
      return;
    }
    try {
      results.add(new ImportedPost(article(item, where, title), where, null, null));
    } catch (IllegalArgumentException e) {
      results.skip(where, SkipReason.INVALID, named + e.getMessage());
    }
  }

  private Article article(Item item, String where, String title) {
    String id = item.fields.getOrDefault("wp:post_id", "").strip();
    if (id.isEmpty()) {
      id = item.fields.getOrDefault("guid", "").strip();
    }
    if (id.isEmpty()) {
      throw new IllegalArgumentException("no wp:post_id and no guid");
    }
    ArticleBuilder post = Article.builder(id, PlainText.of(title));
    Instant date = date(item, where);
    if (date != null) {
      post.published(date);
    }
    post.body(WordPressMarkup.text(item.fields.getOrDefault("content:encoded", "")));
    String excerpt = WordPressMarkup.text(item.fields.getOrDefault("excerpt:encoded", ""));
    if (!excerpt.isBlank()) {
      post.summary(excerpt);
    }
    List<String> categories = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (Term term : item.terms) {
      if (term.name().isBlank()) {
        continue;
      }
      switch (term.domain()) {
        case "category" -> categories.add(PlainText.of(term.name()));
        case "post_tag" -> tags.add(PlainText.of(term.name()));
        case "language" -> {
          String code = ContentFiles.language(term.nicename(), where, "Polylang language", results);
          if (code != null) {
            post.language(code);
          }
        }
        default -> {
          // Post formats and custom taxonomies do not say what a post is about in the same way.
        }
      }
    }
    post.categories(categories).tags(tags);
    String author = item.fields.getOrDefault("dc:creator", "").strip();
    if (!author.isEmpty()) {
      post.author(author);
    }
    String link = item.fields.getOrDefault("link", "").strip();
    if (!link.isEmpty()) {
      URI url = uri(link);
      post.url(url != null && base != null ? base.resolve(url).toString() : link);
    }
    return post.build();
  }

  private @Nullable Instant date(Item item, String where) {
    for (String field : List.of("wp:post_date_gmt", "wp:post_date", "pubDate")) {
      String value = item.fields.getOrDefault(field, "").strip();
      if (value.isEmpty() || value.startsWith("0000-00-00")) {
        continue;
      }
      try {
        return Dates.parse(value);
      } catch (DateTimeException e) {
        results.warn(where, field + " '" + value + "' is not a date; trying the next date field");
      }
    }
    return null;
  }

  private static @Nullable URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static void close(@Nullable XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // Nothing more is read from it.
      }
    }
  }
}
