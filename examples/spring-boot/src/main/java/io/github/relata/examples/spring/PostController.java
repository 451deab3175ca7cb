package io.github.relata.examples.spring;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.LiveIndex;
import io.github.relata.servlet.PostLanguage;
import io.github.relata.servlet.RelatedList;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The pages: {@code /} lists the posts, {@code /posts/{id}} shows a post with its related list under it. */
@Controller
public class PostController {

  private final LiveIndex index;

  /**
   * Creates the controller.
   *
   * @param index the site's posts
   */
  public PostController(LiveIndex index) {
    this.index = index;
  }

  /** Returns the address of a post's page. */
  static String link(Article post) {
    return "/posts/" + URLEncoder.encode(post.id(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Shows the list of posts, newest first.
   *
   * @param model receives {@code posts}
   * @return the view name
   */
  @GetMapping("/")
  public String index(Model model) {
    List<Article> posts =
        index.snapshot().articles().stream()
            .sorted(Comparator.comparing(Article::publishedDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed())
            .toList();
    model.addAttribute("posts", posts);
    return "index";
  }

  /**
   * Shows a post and, under it, its related list (the fragment {@code relata/related :: list}).
   *
   * @param id the post's id
   * @param model receives {@code post}, {@code dateText}, {@code relataList} and {@code relataLabels}
   * @return the view name
   * @throws ResponseStatusException 404 if no post has this id
   */
  @GetMapping("/posts/{id}")
  public String post(@PathVariable("id") String id, Model model) {
    ArticleIndex snapshot = index.snapshot();
    Article post = snapshot.article(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown post id: " + id));
    PostLanguage language = PostLanguage.of(post.language());
    LocalDate day = post.publishedDate();
    model.addAttribute("post", post);
    model.addAttribute("lang", language.code());
    model.addAttribute("dateText", day == null ? null : language.format(day));
    model.addAttribute("relataList", RelatedList.of(post, snapshot.relatedTo(id), PostController::link));
    model.addAttribute("relataLabels", language);
    return "post";
  }
}
