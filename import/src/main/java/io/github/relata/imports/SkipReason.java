package io.github.relata.imports;

/**
 * Why an item of an import did not become a post. The first group are items a site does not publish
 * (skipped by design, counted); {@link #INVALID}, {@link #TOO_LARGE} and {@link #DUPLICATE_ID} are
 * problems with the data, which {@link #isProblem()} tells apart.
 */
public enum SkipReason {
  /** A draft (Hugo and Jekyll {@code draft: true}, files in Jekyll's {@code _drafts}, WordPress drafts and pending posts). */
  DRAFT("draft", "drafts"),
  /** Dated or scheduled after the import's clock (Hugo and Jekyll leave these out unless told to build the future). */
  FUTURE("scheduled for later", "scheduled for later"),
  /** Past its Hugo {@code expiryDate}. */
  EXPIRED("expired", "expired"),
  /** Marked unpublished: Jekyll's {@code published: false}. */
  UNPUBLISHED("unpublished", "unpublished"),
  /** A WordPress post with private visibility. */
  PRIVATE("private", "private"),
  /** A WordPress post behind a password. */
  PASSWORD_PROTECTED("password-protected", "password-protected"),
  /** A WordPress item in the trash. */
  TRASHED("trashed", "trashed"),
  /** A WordPress page (not a post). */
  PAGE("page", "pages"),
  /** A WordPress media attachment. */
  ATTACHMENT("attachment", "attachments"),
  /** Another WordPress item type: menu items, revisions, reusable blocks, custom post types not asked for. */
  OTHER_TYPE("other item type", "other item types"),
  /** A Hugo list page ({@code _index.md}) of a section, taxonomy or the home page. */
  LIST_PAGE("list page", "list pages"),
  /** A file in a content folder that is not a post: not Markdown, no front matter, or a Jekyll post name without its date. */
  NOT_A_POST("not a post", "not posts"),
  /** An item that could not be read: bad syntax, a missing or wrongly typed field, an invalid date or encoding. */
  INVALID("invalid", "invalid"),
  /** An item larger than the import's limit for one post. */
  TOO_LARGE("too large", "too large"),
  /** An item whose id an earlier item already has. */
  DUPLICATE_ID("duplicate id", "duplicate ids");

  private final String singular;
  private final String plural;

  SkipReason(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  /** Returns the reason in words for one item: "draft", "invalid", "duplicate id". */
  public String singular() {
    return singular;
  }

  /** Returns the reason in words for {@code count} items: "1 draft", "3 drafts", "2 invalid". */
  public String describe(long count) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** Returns whether this reason is a problem with the data rather than an item skipped by design. */
  public boolean isProblem() {
    return this == INVALID || this == TOO_LARGE || this == DUPLICATE_ID;
  }
}
