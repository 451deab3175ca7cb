package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.imports.SiteFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a Hugo site and a Jekyll site of 120 generated posts with the README's template, from the data
 * file {@code relata related} writes, and checks the HTML: each post page lists its related posts newest
 * first, with date, linked title, excerpt and "Läs hela artikeln", every link pointing at a page that was
 * built. Skipped, with a message, where {@code hugo} or {@code jekyll} is not installed.
 */
final class StaticSiteRenderTest {

  private static final Pattern ARTICLE = Pattern.compile(
      "(?s)<article>\\s*<time datetime=\"(\\d{4}-\\d{2}-\\d{2})\">([^<]+)</time>\\s*<h3><a href=\"([^\"]+)\">([^<]+)</a></h3>\\s*<p>([^<]+)</p>\\s*<a href=\"\\3\">Läs hela artikeln</a>\\s*</article>");

  @TempDir Path dir;

  private static boolean installed(String program) {
    try {
      Process p = new ProcessBuilder(program, program.equals("hugo") ? "version" : "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static void skipUnless(String program) {
    if (!installed(program)) {
      Assumptions.abort(program + " is not installed, so its site is not built (Debian: apt-get install " + program + ")");
    }
  }

  private static String run(Path in, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
    assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + output);
    return output;
  }

  /** Returns the related entries of a page: date, shown date, link, title. */
  private static List<String[]> entries(Path page) throws IOException {
    List<String[]> entries = new ArrayList<>();
    Matcher m = ARTICLE.matcher(Files.readString(page, StandardCharsets.UTF_8));
    while (m.find()) {
      entries.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
    }
    return entries;
  }

  private static void assertNewestFirstAndLinked(List<String[]> entries, Path site, String suffix) {
    for (int i = 0; i < entries.size(); i++) {
      String[] e = entries.get(i);
      if (i > 0) {
        assertTrue(e[0].compareTo(entries.get(i - 1)[0]) <= 0, "newest first: " + e[0] + " after " + entries.get(i - 1)[0]);
      }
      Path target = site.resolve(e[2].substring(1) + suffix);
      assertTrue(Files.isRegularFile(target), "the link " + e[2] + " leads to a page that was built: " + target);
      assertTrue(!e[4].isBlank(), "an excerpt");
    }
  }

  @Test
  void hugo_rendersEachPagesListFromTheDataFile() throws Exception {
    skipUnless("hugo");
    Path site = SiteFixtures.hugoSite(dir.resolve("site"), 120);
    Cli.Result result = Cli.run("related", "--from", "hugo:" + site, "--format", "hugo", "--order", "newest", "-k", "6", "-q");
    assertEquals(0, result.exitCode(), result.toString());
    SiteFixtures.write(site.resolve("layouts/partials/related.html"), Readme.block("go-html-template"));
    SiteFixtures.write(site.resolve("layouts/_default/single.html"),
        "<!DOCTYPE html>\n<html lang=\"{{ .Lang }}\"><head><title>{{ .Title }}</title></head>\n<body><main><h1>{{ .Title }}</h1>\n"
            + "{{ .Content }}</main>\n{{ partial \"related.html\" . }}\n</body></html>\n");
    SiteFixtures.write(site.resolve("layouts/_default/list.html"), "<ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}</ul>\n");
    run(site, "hugo", "--quiet", "--destination", "public");
    Path public_ = site.resolve("public");
    SiteFixtures.Post first = SiteFixtures.posts(1).get(0);
    Path page = public_.resolve("posts").resolve(first.slug()).resolve("index.html");
    List<String[]> entries = entries(page);
    assertEquals(6, entries.size(), Files.readString(page));
    assertNewestFirstAndLinked(entries, public_, "index.html");
    assertTrue(entries.get(0)[1].matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}"), "an English page shows English dates: " + entries.get(0)[1]);
    int pages = 0;
    for (SiteFixtures.Post post : SiteFixtures.posts(120)) {
      Path built = public_.resolve("posts").resolve(post.slug()).resolve("index.html");
      List<String[]> list = entries(built);
      assertEquals(6, list.size(), built.toString());
      assertNewestFirstAndLinked(list, public_, "index.html");
      pages++;
    }
    assertEquals(120, pages);
    Path swedish = public_.resolve("sv/posts").resolve(SiteFixtures.posts(10).get(9).slug()).resolve("index.html");
    List<String[]> sv = entries(swedish);
    assertTrue(!sv.isEmpty(), Files.readString(swedish));
    assertTrue(sv.get(0)[1].matches("\\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \\d{4}"),
        "a Swedish page shows Swedish dates, as the seed page does: " + sv.get(0)[1]);
    assertNewestFirstAndLinked(sv, public_, "index.html");
    Path copy = Path.of("target", "rendered-hugo-page.html");
    Files.copy(page, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void rich_rendersWithJinja2() throws Exception {
    try {
      run(dir, "python3", "-c", "import jinja2");
    } catch (AssertionError | IOException e) {
      Assumptions.abort("python3 with jinja2 is not installed, so the rich template is not rendered");
    }
    Path export = SiteFixtures.wxr(dir.resolve("export.xml"), 120);
    Path lines = dir.resolve("related.jsonl");
    Cli.Result result = Cli.run("related", "--from", "wxr:" + export, "--format", "rich", "--order", "newest", "-k", "6", "--out", lines.toString(), "-q");
    assertEquals(0, result.exitCode(), result.toString());
    Files.writeString(dir.resolve("related.jinja"), Readme.block("jinja"), StandardCharsets.UTF_8);
    String html = run(dir, "python3", "-c", "import json, jinja2\n"
        + "env = jinja2.Environment(loader=jinja2.FileSystemLoader('.'), autoescape=True)\n"
        + "post = json.loads(open('related.jsonl', encoding='utf-8').readline())\n"
        + "print(env.get_template('related.jinja').render(post=post))\n");
    Path page = Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
    List<String[]> entries = entries(page);
    assertEquals(6, entries.size(), html);
    for (int i = 1; i < entries.size(); i++) {
      assertTrue(entries.get(i)[0].compareTo(entries.get(i - 1)[0]) <= 0, "newest first");
    }
    assertTrue(entries.get(0)[2].startsWith("https://blog.example.org/"), entries.get(0)[2]);
  }

  @Test
  void jekyll_rendersEachPostsListFromTheDataFile() throws Exception {
    skipUnless("jekyll");
    Path site = SiteFixtures.jekyllSite(dir.resolve("site"), 120);
    Cli.Result result = Cli.run("related", "--from", "jekyll:" + site, "--format", "jekyll", "--order", "newest", "-k", "6", "-q");
    assertEquals(0, result.exitCode(), result.toString());
    SiteFixtures.write(site.resolve("_includes/related.html"), Readme.block("liquid"));
    SiteFixtures.write(site.resolve("_includes/note.html"), "<aside>{{ include.text }}</aside>\n");
    SiteFixtures.write(site.resolve("_layouts/post.html"),
        "<!DOCTYPE html>\n<html><head><title>{{ page.title }}</title></head>\n<body><main><h1>{{ page.title }}</h1>\n{{ content }}</main>\n"
            + "{% include related.html %}\n</body></html>\n");
    run(site, "jekyll", "build", "--quiet", "--destination", "_site");
    Path built = site.resolve("_site");
    int pages = 0;
    for (SiteFixtures.Post post : SiteFixtures.posts(120)) {
      Path page = built.resolve(post.topic()).resolve(post.date().toString().replace('-', '/')).resolve(post.slug() + ".html");
      List<String[]> list = entries(page);
      assertEquals(6, list.size(), page.toString());
      assertNewestFirstAndLinked(list, built, "");
      assertTrue(list.get(0)[1].matches("\\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \\d{4}"),
          list.get(0)[1]);
      pages++;
    }
    assertEquals(120, pages);
  }
}
