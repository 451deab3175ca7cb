package io.github.relata.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Sites written for the tests: posts on six topics (written for this project), as a Hugo site, a Jekyll
 * site, an RSS feed, an Atom feed and a WordPress export, each with the items a real site has besides its
 * posts (drafts, list pages, pages, attachments). Deterministic for a given size.
 *
 * <p>{@code main(DIR)} writes all of them below DIR, for trying the command-line tool on them.
 */
public final class SiteFixtures {

  /** One generated post. */
  public record Post(int number, String slug, String title, LocalDate date, String topic, List<String> tags, List<String> paragraphs) {
    /** Returns the body as Markdown paragraphs. */
    public String markdown() {
      return String.join("\n\n", paragraphs);
    }

    /** Returns the body as HTML paragraphs. */
    public String html() {
      StringBuilder html = new StringBuilder();
      for (String p : paragraphs) {
        html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
      }
      return html.toString();
    }
  }

  /** The topics, each with its tag, title words and sentences. */
  static final List<String[]> TOPICS = List.of(
      new String[] {"baking", "Sourdough", "Bread", "Oven", "Starter",
          "A lively sourdough starter needs flour and water every day.",
          "Knead the dough until it is smooth and let it rise overnight.",
          "Bake the loaf in a hot oven with steam for a crisp crust.",
          "Rye flour gives the bread a deeper flavour and a denser crumb.",
          "Proofing baskets help the dough keep its shape while it rises.",
          "A cast iron pot traps steam like a professional baker's oven.",
          "Salt tightens the gluten, so add it after the autolyse.",
          "Whole wheat dough drinks more water than white flour."},
      new String[] {"football", "Derby", "Striker", "Goal", "Season",
          "The striker scored twice in the derby before half time.",
          "The home team pressed high and won the ball in midfield.",
          "A late penalty decided the cup final after extra time.",
          "The goalkeeper saved a header from the corner kick.",
          "The manager changed the formation to three at the back.",
          "The league table tightened after the weekend's matches.",
          "Supporters sang through the rain until the final whistle.",
          "The transfer window closed with a record fee for a winger."},
      new String[] {"java", "Records", "Streams", "Compiler", "Threads",
          "Java records give immutable data classes with generated accessors.",
          "A parallel stream splits the work across the common fork join pool.",
          "The compiler checks that a sealed interface's switch is exhaustive.",
          "Virtual threads make blocking code cheap to run in large numbers.",
          "The garbage collector reclaims objects that no thread can reach.",
          "Generics are erased at run time, so the list does not know its type.",
          "A builder validates its settings before it constructs the object.",
          "The module system exports packages and hides the implementation."},
      new String[] {"gardening", "Tomatoes", "Compost", "Seedlings", "Roses",
          "Tomato seedlings need warmth and light before they go outside.",
          "Compost feeds the soil and keeps the beds from drying out.",
          "Prune the roses in late winter, just above an outward bud.",
          "Mulch around the beans keeps the weeds down through summer.",
          "Sow the carrots thinly so the roots have room to grow.",
          "A rain barrel waters the greenhouse through a dry spell.",
          "Slugs leave the lettuce alone behind a ring of copper tape.",
          "Pinch out the side shoots so the tomato plant sets more fruit."},
      new String[] {"astronomy", "Telescope", "Comet", "Eclipse", "Galaxy",
          "The telescope's mirror gathers light from faint galaxies.",
          "A comet's tail always points away from the sun.",
          "During the total eclipse the corona shone around the moon.",
          "The Andromeda galaxy is visible to the naked eye on dark nights.",
          "Saturn's rings tilt towards us every fifteen years.",
          "A star chart helps to find the planets along the ecliptic.",
          "The meteor shower peaks after midnight in August.",
          "Light pollution hides the Milky Way above the city."},
      new String[] {"cycling", "Gravel", "Tyres", "Climb", "Touring",
          "Wider tyres at lower pressure grip the gravel on the descent.",
          "The climb to the pass took two hours in the lowest gear.",
          "Pack the panniers with the heavy things low and forward.",
          "A chain needs cleaning and oil after a wet ride.",
          "The touring bike carried tent, stove and food for four days.",
          "Tubeless tyres seal small punctures on their own.",
          "Cyclists shared the ferry with the morning commuters.",
          "A headwind on the coast road made the last hour slow."});

  private static final String[] TITLE_FORMS = {
      "%s notes from the week", "What I learned about %s", "A second look at %s", "%s for beginners",
      "Ten minutes on %s", "Why %s matters", "%s, again", "Getting %s right"};

  private SiteFixtures() {}

  /** Returns {@code n} posts, one topic after another, dated one to three days apart from 2019 on. */
  public static List<Post> posts(int n) {
    Random random = new Random(2026);
    List<Post> posts = new ArrayList<>();
    LocalDate date = LocalDate.of(2019, 1, 3);
    for (int i = 1; i <= n; i++) {
      String[] topic = TOPICS.get((i - 1) % TOPICS.size());
      String word = topic[1 + random.nextInt(4)];
      String title = String.format(Locale.ROOT, TITLE_FORMS[random.nextInt(TITLE_FORMS.length)], word);
      title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        StringBuilder paragraph = new StringBuilder();
        for (int s = 0; s < 3; s++) {
          paragraph.append(s > 0 ? " " : "").append(topic[5 + random.nextInt(topic.length - 5)]);
        }
        paragraphs.add(paragraph.toString());
      }
      String slug = String.format(Locale.ROOT, "%s-%03d", word.toLowerCase(Locale.ROOT), i);
      posts.add(new Post(i, slug, title, date, topic[0], List.of(topic[0], word.toLowerCase(Locale.ROOT)), paragraphs));
      date = date.plusDays(1 + random.nextInt(3));
    }
    return posts;
  }

  /**
   * Writes a Hugo site of {@code n} posts below {@code dir}: {@code hugo.toml}, {@code content/posts/} with
   * YAML and TOML front matter and page bundles, a Swedish translation of every tenth post ({@code
   * .sv.md}), list pages, two drafts and a resource file.
   */
  public static Path hugoSite(Path dir, int n) {
    write(dir.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"Fixture site\"\ndefaultContentLanguage = \"en\"\n"
        + "[languages.en]\nweight = 1\n[languages.sv]\nweight = 2\n");
    Path posts = dir.resolve("content").resolve("posts");
    write(dir.resolve("content").resolve("_index.md"), "---\ntitle: Home\n---\n");
    write(posts.resolve("_index.md"), "---\ntitle: Posts\n---\n");
    for (Post post : posts(n)) {
      String tags = "[\"" + String.join("\", \"", post.tags()) + "\"]";
      if (post.number() % 3 == 0) {
        write(posts.resolve(post.slug()).resolve("index.md"), "+++\ntitle = \"" + post.title() + "\"\ndate = " + post.date()
            + "\ntags = " + tags + "\ncategories = [\"" + post.topic() + "\"]\n+++\n" + post.markdown()
            + "\n\n{{< figure src=\"cover.jpg\" title=\"Cover\" >}}\n");
        write(posts.resolve(post.slug()).resolve("notes.md"), "Resource notes, not a page.\n");
      } else {
        write(posts.resolve(post.slug() + ".md"), "---\ntitle: \"" + post.title() + "\"\ndate: " + post.date()
            + "T09:30:00+01:00\ntags: " + tags + "\ncategories: [" + post.topic() + "]\n---\n"
            + post.paragraphs().get(0) + "\n\n<!--more-->\n\n" + String.join("\n\n", post.paragraphs().subList(1, 3)) + "\n");
      }
      if (post.number() % 10 == 0 && post.number() % 3 != 0) {
        write(posts.resolve(post.slug() + ".sv.md"), "---\ntitle: \"Anteckningar " + post.number() + "\"\ndate: " + post.date()
            + "\ntags: [" + post.topic() + "]\n---\nDet här är en svensk översättning av inlägget om " + post.topic()
            + ". Vi skriver om det som hände under veckan och om det vi lärde oss.\n");
      }
    }
    write(posts.resolve("draft-one.md"), "---\ntitle: Draft one\ndraft: true\n---\nNot yet.\n");
    write(posts.resolve("draft-two.md"), "+++\ntitle = \"Draft two\"\ndraft = true\n+++\nNot yet either.\n");
    return dir;
  }

  /** Writes a Jekyll site of {@code n} posts below {@code dir}: {@code _config.yml}, {@code _posts/}, two drafts, one unpublished post. */
  public static Path jekyllSite(Path dir, int n) {
    write(dir.resolve("_config.yml"), "title: Fixture site\npermalink: /:categories/:year/:month/:day/:title:output_ext\n");
    for (Post post : posts(n)) {
      write(dir.resolve("_posts").resolve(post.date() + "-" + post.slug() + ".md"), "---\nlayout: post\ntitle: \"" + post.title()
          + "\"\ncategories: " + post.topic() + "\ntags: [" + String.join(", ", post.tags()) + "]\n---\n" + post.markdown()
          + "\n\n{% include note.html text=\"An aside\" %}\n");
    }
    write(dir.resolve("_drafts").resolve("an-idea.md"), "---\ntitle: An idea\n---\nLater.\n");
    write(dir.resolve("_drafts").resolve("another-idea.md"), "---\ntitle: Another idea\n---\nLater still.\n");
    write(dir.resolve("_posts").resolve("2020-02-02-hidden.md"), "---\ntitle: Hidden\npublished: false\n---\nNot shown.\n");
    write(dir.resolve("_posts").resolve("README.md"), "Notes about this folder, not a post.\n");
    return dir;
  }

  /** Writes an RSS 2.0 feed of {@code n} items with {@code content:encoded}, relative links and RFC 822 dates. */
  public static Path rssFeed(Path file, int n) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        + "<channel><title>Fixture feed</title><link>https://example.org/blog/</link><description>Posts</description><language>en-gb</language>\n");
    for (Post post : posts(n)) {
      xml.append("<item><title>").append(escape(post.title())).append("</title><link>").append(post.slug()).append("/</link>")
          .append("<guid isPermaLink=\"false\">post-").append(post.number()).append("</guid>")
          .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(post.date().atTime(8, 0).atOffset(ZoneOffset.UTC))).append("</pubDate>")
          .append("<dc:creator>Fixture Author</dc:creator>");
      for (String tag : post.tags()) {
        xml.append("<category>").append(tag).append("</category>");
      }
      xml.append("<description>").append(escape(post.paragraphs().get(0))).append("</description>")
          .append("<content:encoded><![CDATA[").append(post.html()).append("]]></content:encoded></item>\n");
    }
    write(file, xml.append("</channel></rss>\n").toString());
    return file;
  }

  /** Writes an Atom 1.0 feed of {@code n} entries with an {@code xml:base}, relative links and RFC 3339 dates. */
  public static Path atomFeed(Path file, int n) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://example.org/notes/\" xml:lang=\"en\">\n"
        + "<title>Fixture notes</title><id>urn:fixture:notes</id><updated>2024-01-01T00:00:00Z</updated>\n");
    for (Post post : posts(n)) {
      xml.append("<entry><title>").append(escape(post.title())).append("</title><id>urn:fixture:").append(post.number()).append("</id>")
          .append("<link rel=\"alternate\" href=\"").append(post.slug()).append(".html\"/>")
          .append("<published>").append(post.date()).append("T08:00:00+02:00</published><updated>").append(post.date()).append("T08:00:00+02:00</updated>")
          .append("<author><name>Fixture Author</name></author><category term=\"").append(post.topic()).append("\"/>")
          .append("<summary>").append(escape(post.paragraphs().get(0))).append("</summary>")
          .append("<content type=\"html\">").append(escape(post.html())).append("</content></entry>\n");
    }
    write(file, xml.append("</feed>\n").toString());
    return file;
  }

  /**
   * Writes a WordPress export of {@code n} published posts, with Gutenberg blocks, categories and tags, and
   * besides them 3 drafts, 2 pages, 4 attachments, 1 trashed and 1 private post, and a navigation menu item.
   */
  public static Path wxr(Path file, int n) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
        + "<rss version=\"2.0\" xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
        + "<channel><title>Fixture blog</title><link>https://blog.example.org</link><language>en-US</language><wp:wxr_version>1.2</wp:wxr_version>\n");
    int id = 1000;
    for (Post post : posts(n)) {
      xml.append(wxrItem(++id, post.title(), post.slug(), post.date(), "post", "publish", gutenberg(post), post.topic(), post.tags()));
    }
    for (int i = 1; i <= 3; i++) {
      xml.append(wxrItem(++id, "Draft " + i, "", null, "post", "draft", "<p>Unfinished.</p>", "baking", List.of()));
    }
    xml.append(wxrItem(++id, "About", "about", LocalDate.of(2019, 1, 1), "page", "publish", "<p>About us.</p>", null, List.of()));
    xml.append(wxrItem(++id, "Contact", "contact", LocalDate.of(2019, 1, 1), "page", "publish", "<p>Write to us.</p>", null, List.of()));
    for (int i = 1; i <= 4; i++) {
      xml.append(wxrItem(++id, "photo-" + i, "photo-" + i, LocalDate.of(2019, 2, i), "attachment", "inherit", "", null, List.of()));
    }
    xml.append(wxrItem(++id, "Old news", "old-news", LocalDate.of(2019, 3, 1), "post", "trash", "<p>Gone.</p>", "football", List.of()));
    xml.append(wxrItem(++id, "Members only", "members", LocalDate.of(2019, 3, 2), "post", "private", "<p>Secret.</p>", "java", List.of()));
    xml.append(wxrItem(++id, "Home", "home", LocalDate.of(2019, 1, 1), "nav_menu_item", "publish", "", null, List.of()));
    write(file, xml.append("</channel></rss>\n").toString());
    return file;
  }

  private static String gutenberg(Post post) {
    StringBuilder html = new StringBuilder();
    for (String p : post.paragraphs()) {
      html.append("<!-- wp:paragraph -->\n<p>").append(p).append("</p>\n<!-- /wp:paragraph -->\n\n");
    }
    return html.append("<!-- wp:image {\"id\":12} -->\n[caption id=\"attachment_12\"]<img src=\"x.jpg\"/> A photo[/caption]\n<!-- /wp:image -->").toString();
  }

  private static String wxrItem(int id, String title, String slug, LocalDate date, String type, String status, String content,
      String category, List<String> tags) {
    String when = date == null ? "0000-00-00 00:00:00" : date + " 10:15:00";
    StringBuilder item = new StringBuilder("<item><title><![CDATA[").append(title).append("]]></title>")
        .append("<link>/").append(slug.isEmpty() ? "?p=" + id : date.getYear() + "/" + slug).append("/</link>")
        .append("<dc:creator><![CDATA[editor]]></dc:creator><guid isPermaLink=\"false\">https://blog.example.org/?p=").append(id).append("</guid>")
        .append("<description></description><content:encoded><![CDATA[").append(content).append("]]></content:encoded>")
        .append("<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>").append(id).append("</wp:post_id>")
        .append("<wp:post_date><![CDATA[").append(when).append("]]></wp:post_date><wp:post_date_gmt><![CDATA[").append(when).append("]]></wp:post_date_gmt>")
        .append("<wp:post_name><![CDATA[").append(slug).append("]]></wp:post_name><wp:status><![CDATA[").append(status).append("]]></wp:status>")
        .append("<wp:post_type><![CDATA[").append(type).append("]]></wp:post_type><wp:post_password><![CDATA[]]></wp:post_password>");
    if (category != null) {
      item.append("<category domain=\"category\" nicename=\"").append(category).append("\"><![CDATA[")
          .append(Character.toUpperCase(category.charAt(0))).append(category.substring(1)).append("]]></category>");
    }
    for (String tag : tags) {
      item.append("<category domain=\"post_tag\" nicename=\"").append(tag).append("\"><![CDATA[").append(tag).append("]]></category>");
    }
    return item.append("<wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key><wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta></item>\n").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Writes {@code text} as UTF-8, making the folders it needs. */
  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the fixture sites below a folder: {@code hugo/}, {@code jekyll/}, {@code feed.xml}, {@code
   * atom.xml} and {@code export.xml}, with {@code args[1]} posts each (default 120).
   *
   * @param args the folder, then optionally the number of posts
   */
  public static void main(String... args) {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 120;
    hugoSite(dir.resolve("hugo"), n);
    jekyllSite(dir.resolve("jekyll"), n);
    rssFeed(dir.resolve("feed.xml"), n);
    atomFeed(dir.resolve("atom.xml"), n);
    wxr(dir.resolve("export.xml"), n);
    System.out.println("wrote hugo/, jekyll/, feed.xml, atom.xml and export.xml with " + n + " posts each below " + dir);
  }
}
