package io.github.relata.servlet;

import io.github.relata.Article;
import io.github.relata.LiveIndex;
import io.github.relata.RelatedPosts;
import java.time.LocalDate;
import java.util.List;

/** A few posts on two topics in two languages, and a post whose title is markup. */
final class Fixtures {

  static final String XSS_TITLE = "<img src=x onerror=alert(1)>";

  /** A payload that breaks out of an HTML attribute or a script string if it is not escaped. */
  static final String XSS = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>";

  private Fixtures() {}

  static List<Article> posts() {
    return List.of(
        sv("s3-stockholm", "Smart specialisering i Stockholmsregionen", LocalDate.of(2018, 3, 14),
            "Stockholmsregionen arbetar med smart specialisering och interregionalt samarbete inom Interreg Europe.",
            "smart specialisering", "Interreg Europe"),
        sv("s3-higher", "Smart specialisering och upphandling i fokus", LocalDate.of(2018, 4, 13),
            "Regionerna i Interreg Europe-projektet HIGHER jobbar med smart specialisering och goda exempel på samarbete.",
            "smart specialisering", "Interreg Europe"),
        sv("s3-kluster", "EU satsar på kluster och interregional samverkan", LocalDate.of(2017, 11, 27),
            "Kluster och smart specialisering: hur EU kan underlätta interregionalt samarbete mellan regioner.",
            "smart specialisering", "kluster"),
        sv("xss", XSS_TITLE, LocalDate.of(2018, 7, 10),
            "Smart specialisering och interregionalt samarbete i Interreg Europe, med regioner i hela Europa.",
            "smart specialisering", "Interreg Europe", XSS),
        Article.builder("xss-every-field", XSS + " smart specialisering")
            .summary(XSS + " Smart specialisering och interregionalt samarbete i Interreg Europe.")
            .body("Smart specialisering och interregionalt samarbete i Interreg Europe, Stockholmsregionen.")
            .published(LocalDate.of(2018, 5, 2))
            .tags("smart specialisering", XSS)
            .categories(XSS)
            .author(XSS)
            .url("javascript:alert(document.cookie)")
            .language("sv")
            .build(),
        Article.builder("data-url", "Smart specialisering med data-länk")
            .summary("Smart specialisering, Interreg Europe och interregionalt samarbete i Stockholmsregionen.")
            .published(LocalDate.of(2018, 6, 1))
            .tags("smart specialisering", "Interreg Europe")
            .url("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")
            .language("sv")
            .build(),
        sv("region/s3-uppsala", "Smart specialisering i Uppsala", LocalDate.of(2018, 2, 1),
            "Uppsala arbetar med smart specialisering och interregionalt samarbete inom Interreg Europe.",
            "smart specialisering", "Interreg Europe"),
        sv("kanelbullar", "Kanelbullens dag", LocalDate.of(2017, 10, 4),
            "Saftiga kanelbullar med kardemumma till fikat.", "bakning"),
        en("s3-london", "Smart specialisation in London", LocalDate.of(2018, 3, 14),
            "Regions cooperate on smart specialisation strategies in Interreg Europe projects.",
            "smart specialisation", "Interreg Europe"),
        en("s3-porto", "Smart specialisation and clusters in Porto", LocalDate.of(2017, 5, 9),
            "Clusters bridge regions: smart specialisation strategies and interregional cooperation in Interreg Europe.",
            "smart specialisation", "clusters"));
  }

  static LiveIndex index() {
    return RelatedPosts.builder().minScore(0.05).build().liveIndex(posts());
  }

  private static Article sv(String id, String title, LocalDate date, String summary, String... tags) {
    return Article.builder(id, title).summary(summary).body(summary).published(date).tags(tags).language("sv").build();
  }

  private static Article en(String id, String title, LocalDate date, String summary, String... tags) {
    return Article.builder(id, title).summary(summary).body(summary).published(date).tags(tags).language("en").build();
  }
}
