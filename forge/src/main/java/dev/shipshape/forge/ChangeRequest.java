package dev.shipshape.forge;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A merged pull request (GitHub) or merge request (GitLab): who opened it, when it merged, the
 * commits it landed as ({@code landed}: the merge, squash or rebased head commit), its reviews and
 * the issues it closes. {@code detailed} is false while the reviews and closing issues are not yet
 * read (a sync that ran out of budget); such a change is read again by the next sync. {@code
 * reviewsKnown} is false when the forge would not tell its reviews (GitLab's approvals API on a
 * tier without it).
 */
public record ChangeRequest(
    int number,
    String title,
    String author,
    Instant createdAt,
    Instant mergedAt,
    Instant updatedAt,
    List<String> landed,
    String nodeId,
    boolean detailed,
    boolean reviewsKnown,
    List<Review> reviews,
    List<IssueRef> closes) {

  public ChangeRequest {
    landed = landed == null ? List.of() : landed.stream().filter(Objects::nonNull).toList();
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
    closes = closes == null ? List.of() : List.copyOf(closes);
  }

  /** A review: its author, state ({@code APPROVED}, {@code CHANGES_REQUESTED}, …) and time. */
  public record Review(String author, String state, Instant submittedAt) {}

  /** An issue a change closes: its number and title. */
  public record IssueRef(int number, String title) {}

  /** With its reviews ({@code null}: the forge would not tell) and closing issues read. */
  public ChangeRequest withDetails(List<Review> reviews, List<IssueRef> closes) {
    return new ChangeRequest(
        number,
        title,
        author,
        createdAt,
        mergedAt,
        updatedAt,
        landed,
        nodeId,
        true,
        reviews != null,
        reviews,
        closes);
  }

  /**
   * The distinct people other than the author who approved before the merge (an approval with no
   * time, as GitLab's, counts: GitLab takes no approval on a merged request).
   */
  public List<String> approvers() {
    return reviews.stream()
        .filter(r -> "APPROVED".equals(r.state()))
        .filter(r -> r.author() != null && !r.author().equalsIgnoreCase(author))
        .filter(
            r -> r.submittedAt() == null || mergedAt == null || !r.submittedAt().isAfter(mergedAt))
        .map(Review::author)
        .distinct()
        .toList();
  }
}
