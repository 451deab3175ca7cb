package io.github.relata.imports;

import io.github.relata.Article;
import io.github.relata.ArticleBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Jekyll site's posts: the Markdown files of {@code _posts} (and of {@code CATEGORY/_posts}), named
 * {@code YYYY-MM-DD-title.md}, with YAML front matter. Drafts ({@code _drafts}, unless asked for),
 * {@code published: false} and future posts are skipped and counted, as Jekyll leaves them out of a build.
 * A post's id and {@link ImportedPost#sitePath()} is Jekyll's {@code page.path}, such as
 * {@code _posts/2018-03-14-my-post.md}; its address follows the site's {@code permalink} setting.
 */
final class JekyllSite {

  private static final Pattern POST_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");
  private static final Map<String, String> STYLES = Map.of(
      "date", "/:categories/:year/:month/:day/:title:output_ext",
      "pretty", "/:categories/:year/:month/:day/:title/",
      "ordinal", "/:categories/:year/:y_day/:title:output_ext",
      "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
      "none", "/:categories/:title:output_ext");

  private final Path given;
  private final Results results;
  private Map<String, Object> config = Map.of();

  JekyllSite(Path dir, Results results) {
    this.given = dir;
    this.results = results;
  }

  ImportResult read() throws ImportException {
    Path root = given.getFileName() != null && given.getFileName().toString().equals("_posts") && given.getParent() != null
        ? given.getParent() : given;
    config = config(root);
    List<Path> files = ContentFiles.walk(root);
    boolean anyPosts = false;
    for (Path file : files) {
      String path = ContentFiles.relative(root, file);
      boolean post = ("/" + path).contains("/_posts/");
      boolean draft = path.startsWith("_drafts/");
      anyPosts |= post;
      if (post || draft) {
        readFile(root, file, path, draft);
      }
    }
    if (!anyPosts) {
      throw new ImportException(given.toString(), "no _posts folder: not a Jekyll site (give the folder that holds _config.yml and _posts)");
    }
    return results.result();
  }

  private Map<String, Object> config(Path root) {
    for (String name : List.of("_config.yml", "_config.yaml")) {
      Path file = root.resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          byte[] bytes = Files.readAllBytes(file);
          return FrontMatter.document(Utf8.decode(bytes, bytes.length, 1), "yaml");
        } catch (IOException | BadItem e) {
          results.warn(file.toString(), "the site configuration cannot be read (" + e.getMessage() + "); Jekyll's defaults are used");
        }
      }
    }
    return Map.of();
  }

  private void readFile(Path root, Path file, String path, boolean draft) throws ImportException {
    String name = file.getFileName().toString();
    String where = file.toString();
    if (!ContentFiles.isMarkdown(name)) {
      results.skip(where, SkipReason.NOT_A_POST, "not Markdown");
      return;
    }
    if (draft && !results.options().includeDrafts()) {
      results.skip(where, SkipReason.DRAFT, "in _drafts");
      return;
    }
    String stem = ContentFiles.stem(name);
    Matcher named = POST_NAME.matcher(stem);
    if (!draft && !named.matches()) {
      results.skip(where, SkipReason.NOT_A_POST, "the name lacks the YYYY-MM-DD- date that Jekyll needs in a post's file name");
      return;
    }
    String text = ContentFiles.read(file, results);
    if (text == null) {
      return;
    }
    try {
      FrontMatter matter = FrontMatter.parse(text);
      if (matter == null) {
        results.skip(where, SkipReason.NOT_A_POST, "no front matter (Jekyll copies the file as it is)");
        return;
      }
      LocalDate nameDate = null;
      if (named.matches()) {
        try {
          nameDate = LocalDate.of(Integer.parseInt(named.group(1)), Integer.parseInt(named.group(2)), Integer.parseInt(named.group(3)));
        } catch (DateTimeException e) {
          throw new BadItem(0, "the file name's date is not a date: " + stem.substring(0, 10));
        }
      }
      String slugPart = named.matches() ? named.group(4) : stem;
      Article post = post(new Fields(matter), matter, file, path, nameDate, slugPart);
      if (post != null) {
        results.add(new ImportedPost(post, where, path, null));
      }
    } catch (BadItem e) {
      results.skip(ContentFiles.at(file, e.line()), SkipReason.INVALID, e.getMessage());
    } catch (IllegalArgumentException e) {
      results.skip(where, SkipReason.INVALID, e.getMessage());
    }
  }

  private @Nullable Article post(Fields fields, FrontMatter matter, Path file, String path, @Nullable LocalDate nameDate, String slugPart)
      throws BadItem {
    String where = file.toString();
    if (!fields.bool("published", true)) {
      results.skip(where, SkipReason.UNPUBLISHED, "published: false");
      return null;
    }
    Instant date = fields.date("date");
    if (date == null && nameDate != null) {
      date = nameDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (date != null && date.isAfter(results.options().clock().instant()) && !results.options().includeFuture()) {
      results.skip(where, SkipReason.FUTURE, "dated " + date);
      return null;
    }
    String title = fields.string("title");
    ArticleBuilder post = Article.builder(path, title != null ? title.strip() : titleize(slugPart));
    if (date != null) {
      post.published(date);
    }
    Set<String> categories = new LinkedHashSet<>();
    String[] folders = path.split("/");
    for (int i = 0; i < folders.length - 1 && !folders[i].equals("_posts") && !folders[i].equals("_drafts"); i++) {
      categories.add(folders[i]);
    }
    categories.addAll(fields.strings("categories", true));
    categories.addAll(fields.strings("category", true));
    Set<String> tags = new LinkedHashSet<>(fields.strings("tags", true));
    tags.addAll(fields.strings("tag", true));
    post.categories(categories).tags(tags);
    String body = matter.body();
    String excerpt = fields.string("excerpt");
    String separator = fields.string("excerpt_separator");
    if (separator == null && config.get("excerpt_separator") != null) {
      separator = config.get("excerpt_separator").toString();
    }
    if (excerpt != null && !excerpt.isBlank()) {
      post.summary(MarkdownText.plain(excerpt, MarkdownText.Dialect.JEKYLL));
    } else {
      // Jekyll's excerpt: the text before the separator, by default the first paragraph.
      String text = body.strip().replace("\r\n", "\n").replace('\r', '\n');
      int cut = text.indexOf(separator == null || separator.isEmpty() ? "\n\n" : separator);
      if (cut > 0) {
        post.summary(MarkdownText.plain(text.substring(0, cut), MarkdownText.Dialect.JEKYLL));
      }
    }
    post.body(MarkdownText.plain(body, MarkdownText.Dialect.JEKYLL));
    String author = fields.author("author", "authors");
    if (author != null) {
      post.author(author);
    }
    Object siteLanguage = config.getOrDefault("lang", config.get("default_lang"));
    String lang = fields.firstString("lang", "language");
    String code = ContentFiles.language(lang != null ? lang : siteLanguage == null ? null : siteLanguage.toString(), where, "lang", results);
    if (code != null) {
      post.language(code);
    }
    String permalink = fields.string("permalink");
    Object style = config.getOrDefault("permalink", "date");
    String pattern = permalink != null && !permalink.isBlank() ? permalink.strip() : STYLES.getOrDefault(style.toString(), style.toString());
    String slug = fields.string("slug");
    post.url(url(pattern, new ArrayList<>(categories), urlDate(fields, nameDate, date), slug != null ? slug : slugPart));
    return post.build();
  }

  /** Returns the post's date as Jekyll puts it in the address: the day as written, else the file name's. */
  private static ZonedDateTime urlDate(Fields fields, @Nullable LocalDate nameDate, @Nullable Instant date) throws BadItem {
    String written = fields.string("date");
    if (written != null && written.strip().matches("\\d{4}-\\d{2}-\\d{2}.*") && date != null) {
      LocalDate day = LocalDate.parse(written.strip().substring(0, 10));
      return day.atTime(date.atZone(ZoneOffset.UTC).toLocalTime()).atZone(ZoneOffset.UTC);
    }
    if (nameDate != null) {
      return nameDate.atStartOfDay(ZoneOffset.UTC);
    }
    return (date == null ? Instant.EPOCH : date).atZone(ZoneOffset.UTC);
  }

  /** Returns a permalink pattern filled in, as Jekyll does for the placeholders it defines. */
  static String url(String pattern, List<String> categories, ZonedDateTime date, String title) {
    String path = pattern
        .replace(":categories", String.join("/", categories.stream().map(c -> c.toLowerCase(Locale.ROOT).replace(' ', '-')).toList()))
        .replace(":year", String.format("%04d", date.getYear()))
        .replace(":short_year", String.format("%02d", date.getYear() % 100))
        .replace(":i_month", String.valueOf(date.getMonthValue()))
        .replace(":month", String.format("%02d", date.getMonthValue()))
        .replace(":i_day", String.valueOf(date.getDayOfMonth()))
        .replace(":y_day", String.format("%03d", date.getDayOfYear()))
        .replace(":short_day", date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH))
        .replace(":week", String.format("%02d", date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
        .replace(":day", String.format("%02d", date.getDayOfMonth()))
        .replace(":hour", String.format("%02d", date.getHour()))
        .replace(":minute", String.format("%02d", date.getMinute()))
        .replace(":second", String.format("%02d", date.getSecond()))
        .replace(":title", title)
        .replace(":slug", title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", ""))
        .replace(":output_ext", ".html");
    path = path.replaceAll("/{2,}", "/");
    return path.startsWith("/") ? path : "/" + path;
  }

  /** Returns Jekyll's default title for a slug: its words, each capitalised ("my-first-post" to "My First Post"). */
  static String titleize(String slug) {
    StringBuilder title = new StringBuilder();
    for (String word : slug.split("-")) {
      if (!word.isEmpty()) {
        if (title.length() > 0) {
          title.append(' ');
        }
        title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return title.toString();
  }
}
