package dev.shipshape.server.store;

/**
 * Every store of the server, opened once on its database and handed whole to the request handlers
 * and the scan worker, so that a new store is added here and in no constructor.
 */
public record Stores(
    RepositoryStore repositories,
    ReportStore reports,
    EventStore events,
    TokenStore tokens,
    SurveyStore survey) {

  public static Stores of(Database db) {
    return new Stores(
        new RepositoryStore(db),
        new ReportStore(db),
        new EventStore(db),
        new TokenStore(db),
        new SurveyStore(db));
  }
}
