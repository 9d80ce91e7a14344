/**
 * The store's tables. WAL lets the worker read while a submission writes; busy_timeout lets
 * several server instances share one file. Details are JSON, erased (NULL) past retention.
 */
export const SCHEMA = `
PRAGMA journal_mode = WAL;
PRAGMA busy_timeout = 5000;
PRAGMA synchronous = FULL;
CREATE TABLE IF NOT EXISTS enquiries (
  id TEXT PRIMARY KEY,
  received_at INTEGER NOT NULL,
  details TEXT
);
CREATE TABLE IF NOT EXISTS deliveries (
  enquiry_id TEXT NOT NULL REFERENCES enquiries(id),
  sink TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  delivered_at INTEGER,
  PRIMARY KEY (enquiry_id, sink)
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (next_attempt_at) WHERE delivered_at IS NULL;
CREATE TABLE IF NOT EXISTS attempts (address_key TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS attempts_by_address ON attempts (address_key, at);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`
