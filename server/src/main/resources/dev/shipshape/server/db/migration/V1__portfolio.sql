-- One set of migrations for SQLite and PostgreSQL: portable types only (BIGINT epoch milliseconds
-- for times, TEXT for JSON), and ${id} for the one thing the two spell differently.

CREATE TABLE settings (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE repositories (
  id ${id},
  name VARCHAR(200) NOT NULL UNIQUE,
  location VARCHAR(2000) NOT NULL,
  team VARCHAR(200),
  created_at BIGINT NOT NULL,
  -- schedule: every scan_interval_minutes (null: on demand only); next_scan_at is when it is due
  scan_interval_minutes INTEGER,
  next_scan_at BIGINT,
  -- an on-demand scan waiting for a worker
  scan_requested_at BIGINT,
  -- which server process is scanning it, since when (a claim older than the lease is stale)
  claimed_by VARCHAR(100),
  claimed_at BIGINT,
  latest_report_id BIGINT,
  previous_report_id BIGINT,
  last_error TEXT,
  webhook_secret VARCHAR(200)
);

CREATE TABLE reports (
  id ${id},
  repository_id BIGINT NOT NULL REFERENCES repositories (id),
  scanned_at BIGINT NOT NULL,
  revision VARCHAR(64),
  score INTEGER,
  stage VARCHAR(40) NOT NULL,
  digest_json TEXT NOT NULL,
  report_json TEXT NOT NULL
);
CREATE INDEX reports_by_repository ON reports (repository_id, scanned_at);

-- every scan a server process ran: who, when, how it ended
CREATE TABLE scan_runs (
  id ${id},
  repository_id BIGINT NOT NULL REFERENCES repositories (id),
  node VARCHAR(100) NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT,
  outcome VARCHAR(20),
  report_id BIGINT
);
CREATE INDEX scan_runs_by_repository ON scan_runs (repository_id, started_at);

CREATE TABLE events (
  id ${id},
  project VARCHAR(200) NOT NULL,
  event_id VARCHAR(300) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  source_format VARCHAR(20) NOT NULL,
  service VARCHAR(300),
  environment VARCHAR(100),
  commit_sha VARCHAR(64),
  result VARCHAR(20),
  started_at BIGINT,
  finished_at BIGINT,
  created_at BIGINT,
  resolved_at BIGINT,
  deployment_id VARCHAR(300),
  root_cause_commit VARCHAR(64),
  received_at BIGINT NOT NULL,
  payload TEXT NOT NULL,
  UNIQUE (project, event_id)
);

CREATE TABLE survey_answers (
  team VARCHAR(200) NOT NULL,
  question VARCHAR(100) NOT NULL,
  answer VARCHAR(100) NOT NULL,
  answered_at BIGINT NOT NULL,
  PRIMARY KEY (team, question)
);

-- API tokens, stored as SHA-256 of the token (tokens are 256 random bits, so a salt adds nothing);
-- project null: an admin token
CREATE TABLE api_tokens (
  id ${id},
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  project VARCHAR(200),
  label VARCHAR(200) NOT NULL,
  created_at BIGINT NOT NULL
);

-- signed-in browsers: the hash of the session cookie and the token it was opened with
CREATE TABLE web_sessions (
  session_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  token_id BIGINT NOT NULL REFERENCES api_tokens (id),
  expires_at BIGINT NOT NULL
);
