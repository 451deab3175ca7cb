package io.github.relata.examples.spring;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.Filter;
import io.github.relata.LiveIndex;
import io.github.relata.servlet.RelatedList;
import io.github.relata.servlet.RelatedPostsServlet;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The related-posts API of {@link RelatedPostsServlet}, as a Spring MVC controller: {@code GET
 * /related/{id}?limit=5} gives the same JSON ({@link RelatedList}), with {@code format=html} the list as the
 * Thymeleaf fragment {@code relata/related :: list}. A limit outside 1 to 50 gives 400, an unknown id 404,
 * both with {@code {"error": "..."}}.
 */
@Controller
public class RelatedPostsController {

  private final LiveIndex index;

  /**
   * Creates the controller.
   *
   * @param index the site's posts
   */
  public RelatedPostsController(LiveIndex index) {
    this.index = index;
  }

  /**
   * Returns a post's related list as JSON.
   *
   * @param id the post's id
   * @param limit the list's length, 1 to 50; default 5
   * @return the list
   */
  @GetMapping(path = "/related/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public RelatedList related(@PathVariable("id") String id, @RequestParam(name = "limit", required = false) @Nullable String limit) {
    return list(index.snapshot(), id, RelatedPostsServlet.parseLimit(limit));
  }

  /**
   * Returns a post's related list as an HTML fragment.
   *
   * @param id the post's id
   * @param limit the list's length, 1 to 50; default 5
   * @param model receives the fragment's variables
   * @return the fragment's view name
   */
  @GetMapping(path = "/related/{id}", params = "format=html", produces = MediaType.TEXT_HTML_VALUE)
  public String relatedHtml(@PathVariable("id") String id, @RequestParam(name = "limit", required = false) @Nullable String limit, Model model) {
    RelatedList list = list(index.snapshot(), id, RelatedPostsServlet.parseLimit(limit));
    model.addAttribute("relataList", list);
    model.addAttribute("relataLabels", list.language());
    return "relata/related :: list";
  }

  /** Answers a bad {@code limit} with 400 and the rule. */
  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseBody
  public ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /** Answers an unknown post id with 404. */
  @ExceptionHandler(UnknownPostException.class)
  @ResponseBody
  public ResponseEntity<Map<String, String>> notFound(UnknownPostException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage());
  }

  static RelatedList list(ArticleIndex snapshot, String id, int limit) {
    Article post = snapshot.article(id).orElseThrow(() -> new UnknownPostException(id));
    return RelatedList.of(post, snapshot.relatedTo(id, Filter.none().limit(limit)), PostController::link);
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
  }

  /** No post has the requested id. */
  static final class UnknownPostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownPostException(String id) {
      super("unknown post id: " + id);
    }
  }
}
