package io.github.relata.imports;

import io.github.relata.Article;
import io.github.relata.ArticleBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Hugo site's posts: every Markdown file of the content folder (or of each language's content folder),
 * its front matter in YAML, TOML or JSON. List pages ({@code _index.md}), the resources of page bundles,
 * drafts, future and expired pages are skipped and counted, as Hugo leaves them out of a build.
 * Languages come from the site's configuration, from file names ({@code index.sv.md}) and from language
 * folders ({@code content/sv/...}). A post's id is its path below the content folder; its {@link
 * ImportedPost#sitePath()} is Hugo's {@code .File.Path}.
 */
final class HugoSite {

  /** One content folder and the language of the pages in it. */
  private record Root(Path dir, String language) {}

  private final Path given;
  private final Results results;
  private final Map<Path, Boolean> bundles = new HashMap<>();
  private HugoConfig config = new HugoConfig("en", false, Map.of(), "content", null);
  private boolean multilingual;

  HugoSite(Path dir, Results results) {
    this.given = dir;
    this.results = results;
  }

  ImportResult read() throws ImportException {
    Path root = given.getFileName() != null && given.getFileName().toString().equals("content") && given.getParent() != null
        && !Files.isDirectory(given.resolve("content")) ? given.getParent() : given;
    config = HugoConfig.read(root, results);
    List<Root> roots = roots(root);
    multilingual = config.languages().size() > 1 || roots.size() > 1;
    for (Root r : roots) {
      for (Path file : ContentFiles.walk(r.dir())) {
        readFile(r, file, roots.size() > 1);
      }
    }
    return results.result();
  }

  private List<Root> roots(Path root) throws ImportException {
    Path content = Files.isDirectory(root.resolve(config.contentDir())) ? root.resolve(config.contentDir()) : given;
    List<Root> roots = new ArrayList<>();
    config.languages().forEach((language, dir) -> {
      if (dir != null) {
        roots.add(new Root(root.resolve(dir), language));
      }
    });
    if (!roots.isEmpty()) {
      for (Root r : roots) {
        if (!Files.isDirectory(r.dir())) {
          throw new ImportException(r.dir().toString(), "no such folder (the contentDir of language " + r.language() + " in " + config.file() + ")");
        }
      }
      return roots;
    }
    if (config.languages().isEmpty()) {
      List<Root> folders = languageFolders(content);
      if (folders.size() > 1) {
        return folders;
      }
    }
    if (content.equals(given) && ContentFiles.walk(given).stream().noneMatch(p -> ContentFiles.isMarkdown(p.getFileName().toString()))) {
      throw new ImportException(given.toString(), "no Markdown files: not a Hugo site or content folder");
    }
    return List.of(new Root(content, config.defaultLanguage()));
  }

  /** Returns {@code content}'s subfolders as language folders when all of them are named by language codes. */
  private static List<Root> languageFolders(Path content) throws ImportException {
    List<Root> folders = new ArrayList<>();
    for (Path file : ContentFiles.walk(content)) {
      Path top = content.relativize(file).getName(0);
      if (top.equals(content.relativize(file))) {
        if (!file.getFileName().toString().startsWith("_index.")) {
          return List.of();
        }
        continue;
      }
      String name = top.toString();
      if (name.length() != 2 || !LanguageCodes.isKnown(name)) {
        return List.of();
      }
      Root root = new Root(content.resolve(name), name);
      if (!folders.contains(root)) {
        folders.add(root);
      }
    }
    return folders;
  }

  private void readFile(Root root, Path file, boolean languageRoots) throws ImportException {
    String name = file.getFileName().toString();
    String where = file.toString();
    if (!ContentFiles.isMarkdown(name)) {
      results.skip(where, SkipReason.NOT_A_POST, "not Markdown");
      return;
    }
    if (name.startsWith("_index.")) {
      results.skip(where, SkipReason.LIST_PAGE, "a list page (" + name + ")");
      return;
    }
    Path bundle = bundleOf(root.dir(), file);
    if (bundle != null) {
      results.skip(where, SkipReason.NOT_A_POST, "a resource of the page bundle " + bundle);
      return;
    }
    String text = ContentFiles.read(file, results);
    if (text == null) {
      return;
    }
    String sitePath = ContentFiles.relative(root.dir(), file);
    String stem = ContentFiles.stem(name);
    String language = root.language();
    int dot = stem.lastIndexOf('.');
    if (dot > 0 && isLanguage(stem.substring(dot + 1))) {
      language = stem.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
      stem = stem.substring(0, dot);
    }
    try {
      FrontMatter matter = FrontMatter.parse(text);
      if (matter == null) {
        results.warn(where, "no front matter: the post has no title or date");
        matter = new FrontMatter(Map.of(), text, 1, List.of(), 1);
      }
      ArticleBuilder post = post(matter, file, language, languageRoots ? root.language() + "/" + sitePath : sitePath,
          sitePath, stem.equals("index") ? file.getParent().getFileName().toString() : stem);
      if (post != null) {
        results.add(new ImportedPost(post.build(), where, sitePath, language));
      }
    } catch (BadItem e) {
      results.skip(ContentFiles.at(file, e.line()), SkipReason.INVALID, e.getMessage());
    } catch (IllegalArgumentException e) {
      results.skip(where, SkipReason.INVALID, e.getMessage());
    }
  }

  private @Nullable ArticleBuilder post(FrontMatter matter, Path file, String language, String id, String sitePath, String leaf)
      throws BadItem {
    Fields fields = new Fields(matter);
    String where = file.toString();
    Instant now = results.options().clock().instant();
    if (fields.bool("draft", false) && !results.options().includeDrafts()) {
      results.skip(where, SkipReason.DRAFT, "draft: true");
      return null;
    }
    Instant date = firstDate(fields, "date", "publishDate", "pubdate", "published", "lastmod", "modified");
    Instant publish = firstDate(fields, "publishDate", "pubdate", "published", "date");
    if (publish != null && publish.isAfter(now) && !results.options().includeFuture()) {
      results.skip(where, SkipReason.FUTURE, "published " + publish);
      return null;
    }
    Instant expiry = firstDate(fields, "expiryDate", "unpublishdate");
    if (expiry != null && !expiry.isAfter(now)) {
      results.skip(where, SkipReason.EXPIRED, "expiryDate " + expiry);
      return null;
    }
    String title = fields.string("title");
    ArticleBuilder post = Article.builder(id, title == null ? "" : title.strip());
    if (date != null) {
      post.published(date);
    }
    post.tags(fields.strings("tags", false)).categories(fields.strings("categories", false));
    String summary = fields.firstString("summary", "description");
    String body = matter.body();
    if (summary != null) {
      post.summary(MarkdownText.plain(summary, MarkdownText.Dialect.HUGO));
    } else if (body.contains(MarkdownText.MORE)) {
      post.summary(MarkdownText.plain(body.substring(0, body.indexOf(MarkdownText.MORE)), MarkdownText.Dialect.HUGO));
    }
    post.body(MarkdownText.plain(body, MarkdownText.Dialect.HUGO));
    String author = fields.author("author", "authors");
    if (author != null) {
      post.author(author);
    }
    String articleLanguage = config.declared() || multilingual ? language : fields.firstString("lang", "language");
    String code = ContentFiles.language(articleLanguage, where, "language", results);
    if (code != null) {
      post.language(code);
    }
    String url = fields.string("url");
    post.url(url != null && !url.isBlank() ? url.strip() : defaultUrl(sitePath, language, fields.string("slug"), leaf));
    return post;
  }

  private static @Nullable Instant firstDate(Fields fields, String... keys) throws BadItem {
    for (String key : keys) {
      Instant date = fields.date(key);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** Returns Hugo's default address of a page: language (when not the default), section, slug or file name. */
  private String defaultUrl(String sitePath, String language, @Nullable String slug, String leaf) {
    String[] parts = sitePath.split("/");
    int sectionParts = parts.length - (parts[parts.length - 1].startsWith("index.") ? 2 : 1);
    StringBuilder url = new StringBuilder("/");
    if (multilingual && !language.equals(config.defaultLanguage())) {
      url.append(language).append('/');
    }
    for (int i = 0; i < sectionParts; i++) {
      url.append(ContentFiles.urlize(parts[i])).append('/');
    }
    url.append(ContentFiles.urlize(slug != null && !slug.isBlank() ? slug : leaf)).append('/');
    return url.toString();
  }

  private boolean isLanguage(String code) {
    return config.languages().isEmpty() ? code.length() == 2 && LanguageCodes.isKnown(code)
        : config.languages().containsKey(code.toLowerCase(java.util.Locale.ROOT));
  }

  /** Returns the bundle folder whose {@code index.md} this file is a resource of, or null when it is a page. */
  private @Nullable Path bundleOf(Path root, Path file) {
    boolean isIndex = ContentFiles.stem(file.getFileName().toString()).replaceFirst("\\.[a-zA-Z-]+$", "").equals("index");
    for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
      if (isIndex && dir.equals(file.getParent())) {
        continue;
      }
      if (bundles.computeIfAbsent(dir, HugoSite::hasIndex)) {
        return dir.resolve("index.md");
      }
      if (dir.equals(root)) {
        break;
      }
    }
    return null;
  }

  private static boolean hasIndex(Path dir) {
    try (var files = Files.list(dir)) {
      return files.anyMatch(p -> {
        String name = p.getFileName().toString();
        return ContentFiles.isMarkdown(name) && (name.startsWith("index.")) && Files.isRegularFile(p);
      });
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
