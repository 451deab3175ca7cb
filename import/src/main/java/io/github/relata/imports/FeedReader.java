package io.github.relata.imports;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import io.github.relata.Article;
import io.github.relata.ArticleBuilder;
import io.github.relata.analysis.PlainText;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.StAXStreamBuilder;
import org.jspecify.annotations.Nullable;

/**
 * An RSS or Atom feed. The XML is parsed by {@link SecureXml} into a JDOM document, and ROME reads the
 * feed from it (RSS 0.9x, 1.0 and 2.0, Atom 0.3 and 1.0, {@code content:encoded}, Dublin Core, dates in
 * RFC 822 and RFC 3339). Links are resolved against the feed's {@code xml:base}, else its own link, else
 * the base the caller gives. A post's id is its guid or Atom id, else its link.
 */
final class FeedReader {

  private static final Namespace XML = Namespace.XML_NAMESPACE;

  private final Results results;
  private final @Nullable URI callerBase;

  FeedReader(Results results, @Nullable URI base) {
    this.results = results;
    this.callerBase = base;
  }

  ImportResult read(InputStream in) throws ImportException {
    String source = results.source();
    ItemSizeGuard guard;
    Document document;
    try {
      guard = new ItemSizeGuard(SecureXml.reader(in, results.options()), results.options().maxPostBytes());
      document = new StAXStreamBuilder().build(guard);
    } catch (XMLStreamException e) {
      throw xmlError(e, SecureXml.line(e));
    } catch (JDOMException e) {
      if (e.getCause() instanceof XMLStreamException x) {
        throw xmlError(x, SecureXml.line(x));
      }
      throw new ImportException(source, "not well-formed XML: " + e.getMessage(), e);
    }
    Element root = document.getRootElement();
    String name = root.getName();
    if (!name.equals("rss") && !name.equals("RDF") && !name.equals("feed")) {
      throw new ImportException(source, "not an RSS or Atom feed: the root element is <" + name + ">");
    }
    if (root.getNamespacesInScope().stream().anyMatch(ns -> ns.getURI().startsWith("http://wordpress.org/export/"))) {
      results.warn(source, "a WordPress export read as a feed: wxr: reads it with drafts, pages and languages told apart");
    }
    SyndFeed feed;
    try {
      WireFeed wire = new WireFeedInput().build(document);
      feed = new SyndFeedImpl(wire);
    } catch (FeedException | IllegalArgumentException e) {
      throw new ImportException(source, "not an RSS or Atom feed ROME can read: " + e.getMessage(), e);
    }
    URI base = base(root, feed);
    List<Element> elements = itemElements(root);
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      int number = i + 1;
      String where = source + ": item " + number + (guard.line(number) > 0 ? " (line " + guard.line(number) + ")" : "");
      if (guard.tooLarge(number)) {
        results.skip(where, SkipReason.TOO_LARGE, results.tooLarge(guard.size(number)));
        continue;
      }
      try {
        Element element = i < elements.size() ? elements.get(i) : null;
        results.add(new ImportedPost(article(entries.get(i), element, feed, base, where), where, null, null));
      } catch (IllegalArgumentException e) {
        results.skip(where, SkipReason.INVALID, e.getMessage());
      }
    }
    return results.result();
  }

  private ImportException xmlError(XMLStreamException e, int line) {
    if (results.overLimit()) {
      return results.limitExceeded();
    }
    String where = line > 0 ? results.source() + ":" + line : results.source();
    return new ImportException(where,
        SecureXml.message(e), e);
  }

  private Article article(SyndEntry entry, @Nullable Element element, SyndFeed feed, @Nullable URI base, String where) {
    String link = entry.getLink();
    if (link == null && !entry.getLinks().isEmpty()) {
      link = entry.getLinks().get(0).getHref();
    }
    String url = link == null || link.isBlank() ? null : resolve(base, link.strip());
    String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : url;
    if (id == null) {
      throw new IllegalArgumentException("no guid, id or link to identify the post");
    }
    ArticleBuilder post = Article.builder(id, entry.getTitle() == null ? "" : PlainText.of(entry.getTitle()));
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (date != null) {
      post.published(date.toInstant());
    } else if (element != null) {
      for (Element child : element.getChildren()) {
        if (List.of("pubDate", "date", "published", "updated", "issued", "modified").contains(child.getName())) {
          results.warn(where, "<" + child.getQualifiedName() + "> '" + child.getTextTrim() + "' is not an RFC 822 or RFC 3339 date; the post is undated");
          break;
        }
      }
    }
    List<String> contents = new ArrayList<>();
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null) {
        contents.add(content.getValue());
      }
    }
    String description = entry.getDescription() == null || entry.getDescription().getValue() == null
        ? "" : PlainText.of(entry.getDescription().getValue());
    String body = contents.isEmpty() ? description : PlainText.of(String.join("\n", contents));
    post.body(body);
    if (!description.isBlank()) {
      post.summary(PlainText.excerpt(description, Article.DEFAULT_EXCERPT_LENGTH));
    }
    List<String> categories = new ArrayList<>();
    for (SyndCategory category : entry.getCategories()) {
      if (category.getName() != null && !category.getName().isBlank()) {
        categories.add(PlainText.of(category.getName()));
      }
    }
    post.categories(categories);
    String author = entry.getAuthor();
    if ((author == null || author.isBlank()) && !entry.getAuthors().isEmpty()) {
      SyndPerson person = entry.getAuthors().get(0);
      author = person.getName();
    }
    if (author != null && !author.isBlank()) {
      post.author(author.strip());
    }
    if (url != null) {
      post.url(url);
    }
    String lang = element == null ? null : element.getAttributeValue("lang", XML);
    if (lang == null && element != null && element.getDocument() != null) {
      lang = element.getDocument().getRootElement().getAttributeValue("lang", XML);
    }
    String code = ContentFiles.language(lang != null ? lang : feed.getLanguage(), where, "language", results);
    if (code != null) {
      post.language(code);
    }
    return post.build();
  }

  /** Returns the base for relative links: the feed's {@code xml:base}, its own link, or the caller's. */
  private @Nullable URI base(Element root, SyndFeed feed) {
    String xmlBase = root.getAttributeValue("base", XML);
    URI fromCaller = callerBase;
    if (xmlBase != null) {
      URI uri = uri(xmlBase);
      if (uri != null) {
        return fromCaller != null ? fromCaller.resolve(uri) : uri;
      }
    }
    if (feed.getLink() != null) {
      URI uri = uri(feed.getLink().strip());
      if (uri != null && uri.isAbsolute()) {
        return uri;
      }
    }
    return fromCaller;
  }

  private static String resolve(@Nullable URI base, String link) {
    URI uri = uri(link);
    return uri != null && base != null && !uri.isAbsolute() ? base.resolve(uri).toString() : link;
  }

  /** Returns the feed's item or entry elements, in document order. */
  private static List<Element> itemElements(Element root) {
    List<Element> items = new ArrayList<>();
    for (Element child : root.getChildren()) {
      if (child.getName().equals("entry") || child.getName().equals("item")) {
        items.add(child);
      } else if (child.getName().equals("channel")) {
        for (Element grandchild : child.getChildren()) {
          if (grandchild.getName().equals("item")) {
            items.add(grandchild);
          }
        }
      }
    }
    return items;
  }

  private static @Nullable URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
