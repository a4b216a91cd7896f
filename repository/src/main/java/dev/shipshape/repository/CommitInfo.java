package dev.shipshape.repository;

import java.time.Instant;
import java.util.List;

/** One commit's metadata. The message is the full message, trailers included. */
public record CommitInfo(
    String id,
    List<String> parents,
    String authorName,
    String authorEmail,
    Instant authorTime,
    Instant commitTime,
    String message) {

  public CommitInfo {
    parents = List.copyOf(parents);
  }

  public boolean merge() {
    return parents.size() > 1;
  }

  /** The first line of the message. */
  public String subject() {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
