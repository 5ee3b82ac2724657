import type { Database } from 'sql.js';
import { migrateToOfficialNames } from './migrate-official-names';

/** Marks a SQLite file as ours (PRAGMA application_id), so other databases are refused. */
export const APPLICATION_ID = 0x43434154; // "CCAT"

/**
 * Numbered migrations: entry i brings user_version from i to i + 1, as SQL or, where rows
 * must be read to be moved, as a function. Never edit a released entry; append a new one.
 */
const MIGRATIONS: readonly (string | ((db: Database) => void))[] = [
  `
  CREATE TABLE designation (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL,
    code_key      TEXT NOT NULL UNIQUE,
    name_nb       TEXT NOT NULL DEFAULT '',
    name_en       TEXT NOT NULL DEFAULT '',
    summary_nb    TEXT NOT NULL DEFAULT '',
    summary_en    TEXT NOT NULL DEFAULT '',
    focus_area    TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('offered', 'retired')),
    duration_min  INTEGER CHECK (duration_min >= 0),
    duration_max  INTEGER CHECK (duration_max >= 0),
    delivery_nb   TEXT NOT NULL DEFAULT '',
    delivery_en   TEXT NOT NULL DEFAULT '',
    certificate   INTEGER CHECK (certificate IN (0, 1)),
    source_notes  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (duration_min IS NULL OR duration_max IS NULL OR duration_min <= duration_max)
  );
  CREATE TABLE course (
    designation_id INTEGER NOT NULL REFERENCES designation(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    code           TEXT NOT NULL DEFAULT '',
    title_nb       TEXT NOT NULL DEFAULT '',
    title_en       TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL CHECK (kind IN ('core', 'elective', 'ethics', 'prerequisite-programme')),
    PRIMARY KEY (designation_id, position)
  );
  CREATE TABLE relation (
    designation_id INTEGER NOT NULL REFERENCES designation(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('prerequisite', 'waiver', 'credit')),
    target_id      INTEGER NOT NULL REFERENCES designation(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    PRIMARY KEY (designation_id, kind, target_id),
    CHECK (designation_id <> target_id)
  );
  CREATE INDEX relation_target ON relation(target_id);
  `,
  // 2: the change history behind the history panel and undo/redo (kept in the file, so both survive a restart).
  `
  CREATE TABLE history (
    id      INTEGER PRIMARY KEY,
    batch   INTEGER NOT NULL,
    at      TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'restore')),
    code    TEXT NOT NULL,
    before  BLOB, -- deflated JSON snapshot, or null: not in the catalog
    after   BLOB,
    state   TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded'))
  );
  CREATE INDEX history_batch ON history(batch);
  CREATE INDEX history_code ON history(code);
  `,
  // 3: every save drops undone entries and undo looks for the newest done one: find both without a scan.
  `
  CREATE INDEX history_state ON history(state, batch);
  `,
  // 4: issuer, official name (as the issuer writes it) and explanatory names, last verified,
  // caution, bilingual sources, status 'unconfirmed'; the seed's corrections where untouched.
  migrateToOfficialNames,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Connection settings are not stored in the file: apply them on every open. */
export function applyConnectionPragmas(db: Database): void {
  db.run('PRAGMA foreign_keys = ON');
  // The file sql.js writes to lives in memory and is not what keeps changes safe (the change
  // log and checkpoints are): skip its journal file, syncs and locks. Rollback still works.
  db.run('PRAGMA journal_mode = MEMORY');
  db.run('PRAGMA synchronous = OFF');
  db.run('PRAGMA locking_mode = EXCLUSIVE');
}

export function userVersion(db: Database): number {
  return Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
}

export function applicationId(db: Database): number {
  return Number(db.exec('PRAGMA application_id')[0]?.values[0]?.[0] ?? 0);
}

/**
 * Brings the schema up to date in one transaction; returns whether anything ran.
 * Foreign keys are off meanwhile, as SQLite's procedure for rebuilding a table asks
 * (dropping the old table would otherwise cascade), and checked before the commit.
 */
export function migrate(db: Database): boolean {
  const from = userVersion(db);
  if (from >= SCHEMA_VERSION) return false;
  const foreignKeys = Number(db.exec('PRAGMA foreign_keys')[0]?.values[0]?.[0] ?? 0);
  db.run('PRAGMA foreign_keys = OFF'); // not in a transaction: there it would be ignored
  try {
    db.run('BEGIN');
    try {
      for (let v = from; v < SCHEMA_VERSION; v++) {
        const step = MIGRATIONS[v]!;
        if (typeof step === 'string') db.run(step);
        else step(db);
      }
      if (db.exec('PRAGMA foreign_key_check').length > 0) {
        throw new Error(`migration to ${SCHEMA_VERSION} broke references between rows`);
      }
      db.run(`PRAGMA application_id = ${APPLICATION_ID}`);
      db.run(`PRAGMA user_version = ${SCHEMA_VERSION}`);
      db.run('COMMIT');
    } catch (e) {
      db.run('ROLLBACK');
      throw e;
    }
  } finally {
    db.run(`PRAGMA foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return true;
}
