package io.github.relata.examples;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.relata.Article;
import io.github.relata.ArticleBuilder;
import io.github.relata.ArticleIndex;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the add-or-edit form, as the visitor typed them, and the post they make.
 *
 * @param id the id of the post being edited, or "" for a new post (its id is made from the title)
 * @param title the title; required
 * @param lang "sv" or "en" (any ISO 639 code is accepted)
 * @param date the publication day as YYYY-MM-DD, or "" for none
 * @param author the author, or ""
 * @param tags comma-separated tags
 * @param categories comma-separated categories
 * @param excerpt the excerpt, or "" to derive it from the body
 * @param body the text: plain, with blank lines between paragraphs, or HTML
 */
record PostForm(
    String id, String title, String lang, String date, String author, String tags, String categories, String excerpt, String body) {

  static final int MAX_TITLE = 300;
  static final int MAX_TEXT = 100_000;
  static final int MAX_AUTHOR = 200;
  static final int MAX_LABELS = 30;
  static final int MAX_LABEL = 100;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  /** Returns an empty form for a new post dated {@code today}. */
  static PostForm blank(LocalDate today) {
    return new PostForm("", "", "sv", today.toString(), "", "", "", "", "");
  }

  /** Returns a form filled in with a post, to edit it. */
  static PostForm of(Article post) {
    LocalDate day = post.publishedDate();
    return new PostForm(
        post.id(),
        post.title(),
        post.language() == null ? "en" : post.language(),
        day == null ? "" : day.toString(),
        post.author() == null ? "" : post.author(),
        String.join(", ", post.tags()),
        String.join(", ", post.categories()),
        post.summary(),
        post.body());
  }

  /** Reads the form from request parameters; a missing field is "". */
  static PostForm read(Map<String, String[]> parameters) {
    return new PostForm(
        field(parameters, "id"),
        field(parameters, "title"),
        field(parameters, "lang"),
        field(parameters, "date"),
        field(parameters, "author"),
        field(parameters, "tags"),
        field(parameters, "categories"),
        field(parameters, "excerpt"),
        field(parameters, "body"));
  }

  /** Returns whether the form edits an existing post rather than adding one. */
  public boolean editing() {
    return !id.isBlank();
  }

  /**
   * Returns the post this form describes: a new one with an id made from the title, or the edited one with
   * its id and address. An empty excerpt is derived from the body.
   *
   * @param index the current posts, to make a new id unique and keep an edited post's address
   * @return the post
   * @throws IllegalArgumentException naming the field and value that are wrong
   */
  Article toArticle(ArticleIndex index) {
    String title = this.title.strip();
    checkArgument(!title.isEmpty(), "title must not be blank");
    checkArgument(title.length() <= MAX_TITLE, "title must be at most %s characters: %s", MAX_TITLE, title.length());
    checkArgument(excerpt.length() <= MAX_TEXT && body.length() <= MAX_TEXT, "excerpt and body must be at most %s characters each", MAX_TEXT);
    String language = lang.strip().toLowerCase(Locale.ROOT);
    checkArgument(LANGUAGE.matcher(language).matches(), "language must be an ISO 639 code such as sv or en: '%s'", shown(lang));
    checkArgument(author.strip().length() <= MAX_AUTHOR, "author must be at most %s characters: %s", MAX_AUTHOR, author.strip().length());
    List<String> tagList = labels(tags, "tags");
    List<String> categoryList = labels(categories, "categories");
    String postId = id.strip();
    if (postId.isEmpty()) {
      postId = uniqueId(slug(title), index);
    }
    checkArgument(ID.matcher(postId).matches(), "id must be 1 to 100 letters, digits, '.', '_' or '-': '%s'", shown(postId));
    ArticleBuilder post = Article.builder(postId, title);
    String url = index.article(postId).map(Article::url).orElse(null);
    if (url != null) {
      post.url(url);
    }
    post.summary(excerpt.strip()).body(body.strip()).language(language).tags(tagList).categories(categoryList);
    if (!author.isBlank()) {
      post.author(author.strip());
    }
    LocalDate day = day(date);
    if (day != null) {
      post.published(day);
    }
    return post.build();
  }

  /**
   * Makes an id from a title: lower case, accents dropped, runs of other characters turned into '-'.
   *
   * @param title the title
   * @return such as "smart-specialisering-i-fokus", at most 60 characters; "post" when nothing is left
   */
  static String slug(String title) {
    String plain = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
    String slug = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? "post" : slug;
  }

  private static String uniqueId(String base, ArticleIndex index) {
    String id = base;
    for (int n = 2; index.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static @Nullable LocalDate day(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date must be a day as YYYY-MM-DD: '" + shown(text) + "'", e);
    }
  }

  private static List<String> labels(String commaSeparated, String field) {
    List<String> labels = list(commaSeparated);
    checkArgument(labels.size() <= MAX_LABELS, "%s must be at most %s, comma-separated: %s", field, MAX_LABELS, labels.size());
    for (String label : labels) {
      checkArgument(label.length() <= MAX_LABEL, "each of %s must be at most %s characters: '%s'", field, MAX_LABEL, shown(label));
    }
    return labels;
  }

  /** Returns at most 60 characters of a value the visitor typed, for an error message. */
  private static String shown(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static String field(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 || values[0] == null ? "" : values[0];
  }
}
