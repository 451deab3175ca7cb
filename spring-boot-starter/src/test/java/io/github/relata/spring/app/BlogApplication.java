package io.github.relata.spring.app;

import io.github.relata.LiveIndex;
import io.github.relata.spring.RelatedLists;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A blog with Thymeleaf pages that include the related list, as an application using the starter writes it. */
@SpringBootApplication
public class BlogApplication {

  public static void main(String[] args) {
    SpringApplication.run(BlogApplication.class, args);
  }

  /** A post page with its related list under it. */
  @Controller
  static class PostController {
    private final LiveIndex index;
    private final RelatedLists related;

    PostController(LiveIndex index, RelatedLists related) {
      this.index = index;
      this.related = related;
    }

    @GetMapping("/posts/{id}")
    String post(@PathVariable("id") String id, Model model) {
      model.addAttribute("post", index.article(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
      model.addAllAttributes(related.model(id));
      return "post";
    }
  }
}
