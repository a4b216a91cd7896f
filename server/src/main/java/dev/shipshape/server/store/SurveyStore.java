package dev.shipshape.server.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A team's latest answer to each survey question. */
public final class SurveyStore {
  private final Database db;

  public SurveyStore(Database db) {
    this.db = db;
  }

  /** Replaces the team's answers to the questions given; others stay. */
  public void answer(String team, Map<String, String> answers, long now) {
    db.transaction(
        c -> {
          for (Map.Entry<String, String> a : answers.entrySet()) {
            Database.update(
                c,
                "INSERT INTO survey_answers (team, question, answer, answered_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (team, question)"
                    + " DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
                team,
                a.getKey(),
                a.getValue(),
                now);
          }
          return null;
        });
  }

  /** Question id → answer id, for one team. */
  public Map<String, String> answers(String team) {
    Map<String, String> answers = new LinkedHashMap<>();
    db.query(
            "SELECT question, answer FROM survey_answers WHERE team = ? ORDER BY question",
            rs -> Map.entry(rs.getString(1), rs.getString(2)),
            team)
        .forEach(e -> answers.put(e.getKey(), e.getValue()));
    return answers;
  }

  public List<String> teams() {
    return db.query(
        "SELECT DISTINCT team FROM survey_answers ORDER BY team", rs -> rs.getString(1));
  }
}
