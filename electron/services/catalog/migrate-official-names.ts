import type { Database, SqlValue } from 'sql.js';
import { codeKey, type Course, type Relation } from '../../../shared/model';
import { upgradeWithCorrections, type LegacyDesignation } from './upgrade';

/**
 * Schema 4's designation table: issuer, official and explanatory names, last verified,
 * caution and bilingual sources; status may be 'unconfirmed'. Frozen: later schemas
 * change it with migrations of their own.
 */
const DESIGNATION_V4 = `
  CREATE TABLE designation_v4 (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL,
    code_key       TEXT NOT NULL UNIQUE,
    issuer         TEXT NOT NULL DEFAULT '',
    official_name  TEXT NOT NULL DEFAULT '',
    explanatory_nb TEXT NOT NULL DEFAULT '',
    explanatory_en TEXT NOT NULL DEFAULT '',
    summary_nb     TEXT NOT NULL DEFAULT '',
    summary_en     TEXT NOT NULL DEFAULT '',
    focus_area     TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('offered', 'unconfirmed', 'retired')),
    last_verified  TEXT CHECK (last_verified IS NULL OR last_verified GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    caution_nb     TEXT NOT NULL DEFAULT '',
    caution_en     TEXT NOT NULL DEFAULT '',
    duration_min   INTEGER CHECK (duration_min >= 0),
    duration_max   INTEGER CHECK (duration_max >= 0),
    delivery_nb    TEXT NOT NULL DEFAULT '',
    delivery_en    TEXT NOT NULL DEFAULT '',
    certificate    INTEGER CHECK (certificate IN (0, 1)),
    sources_nb     TEXT NOT NULL DEFAULT '',
    sources_en     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (duration_min IS NULL OR duration_max IS NULL OR duration_min <= duration_max)
  )`;

type Row = SqlValue[];
const rows = (db: Database, sql: string): Row[] => db.exec(sql)[0]?.values ?? [];
const text = (v: SqlValue | undefined) => (v === null || v === undefined ? '' : String(v));
const intOrNull = (v: SqlValue | undefined) => (v === null || v === undefined ? null : Number(v));
const courseKey = (courses: Course[]) =>
  JSON.stringify(courses.map((c) => [c.kind, c.code, c.title.nb, c.title.en]));

/** Every row in the schema 3 shape, by id; frozen SQL, as schema 3 had it. */
function readLegacy(db: Database): Map<number, LegacyDesignation> {
  const courses = new Map<number, Course[]>();
  for (const [owner, code, nb, en, kind] of rows(
    db,
    'SELECT designation_id, code, title_nb, title_en, kind FROM course ORDER BY designation_id, position',
  )) {
    const list = courses.get(Number(owner)) ?? [];
    list.push({
      code: text(code),
      title: { nb: text(nb), en: text(en) },
      kind: text(kind) as Course['kind'],
    });
    courses.set(Number(owner), list);
  }
  const relations = new Map<number, Relation[]>();
  for (const [owner, kind, target] of rows(
    db,
    `SELECT r.designation_id, r.kind, t.code FROM relation r JOIN designation t ON t.id = r.target_id
     ORDER BY r.designation_id, r.position`,
  )) {
    const list = relations.get(Number(owner)) ?? [];
    list.push({ kind: text(kind) as Relation['kind'], target: text(target) });
    relations.set(Number(owner), list);
  }
  const legacy = new Map<number, LegacyDesignation>();
  for (const r of rows(
    db,
    `SELECT id, code, name_nb, name_en, summary_nb, summary_en, focus_area, status, duration_min,
       duration_max, delivery_nb, delivery_en, certificate, source_notes, created_at, updated_at
     FROM designation`,
  )) {
    const [id, code, nameNb, nameEn, sumNb, sumEn, focus, status, min, max, delNb, delEn, cert] = r;
    const certificate = intOrNull(cert);
    legacy.set(Number(id), {
      code: text(code),
      name: { nb: text(nameNb), en: text(nameEn) },
      summary: { nb: text(sumNb), en: text(sumEn) },
      focusArea: text(focus),
      status: text(status),
      durationMonths: { min: intOrNull(min), max: intOrNull(max) },
      deliveryNotes: { nb: text(delNb), en: text(delEn) },
      certificateOfCompletion: certificate === null ? null : certificate === 1,
      courses: courses.get(Number(id)) ?? [],
      relations: relations.get(Number(id)) ?? [],
      sourceNotes: text(r[13]),
      createdAt: text(r[14]),
      updatedAt: text(r[15]),
    });
  }
  return legacy;
}

/**
 * Migration 4: names as issuers write them, how sure the catalog is, sources a reader can
 * find. Each designation keeps its row id (so courses, relations and history still point
 * at it) and is upgraded by `upgradeWithCorrections`: the ones the user never changed
 * become the current seed's, the others keep every edit. Runs with foreign keys off
 * (the table is rebuilt), inside the migration's transaction.
 */
export function migrateToOfficialNames(db: Database): void {
  const legacy = readLegacy(db);
  const idOf = new Map([...legacy].map(([id, d]) => [codeKey(d.code), id]));
  const present = (code: string) => idOf.has(codeKey(code));
  db.run(DESIGNATION_V4);
  for (const [id, old] of legacy) {
    const d = upgradeWithCorrections(old, present);
    db.run(
      `INSERT INTO designation_v4 (id, code, code_key, issuer, official_name, explanatory_nb,
         explanatory_en, summary_nb, summary_en, focus_area, status, last_verified, caution_nb,
         caution_en, duration_min, duration_max, delivery_nb, delivery_en, certificate,
         sources_nb, sources_en, created_at, updated_at)
       VALUES (${Array(23).fill('?').join(', ')})`,
      [
        id,
        d.code,
        codeKey(d.code),
        d.issuer,
        d.officialName,
        d.explanatoryName.nb,
        d.explanatoryName.en,
        d.summary.nb,
        d.summary.en,
        d.focusArea,
        d.status,
        d.lastVerified,
        d.caution.nb,
        d.caution.en,
        d.durationMonths.min,
        d.durationMonths.max,
        d.deliveryNotes.nb,
        d.deliveryNotes.en,
        d.certificateOfCompletion === null ? null : d.certificateOfCompletion ? 1 : 0,
        d.sources.nb,
        d.sources.en,
        old.createdAt!,
        old.updatedAt!,
      ],
    );
    // Only the seed's corrections change courses or relations (AU-M's prerequisite, the
    // ethics rows); rows the user changed keep theirs, positions and all.
    if (courseKey(d.courses) !== courseKey(old.courses)) {
      db.run('DELETE FROM course WHERE designation_id = ?', [id]);
      d.courses.forEach((c, position) =>
        db.run(
          'INSERT INTO course (designation_id, position, code, title_nb, title_en, kind) VALUES (?, ?, ?, ?, ?, ?)',
          [id, position, c.code, c.title.nb, c.title.en, c.kind],
        ),
      );
    }
    if (JSON.stringify(d.relations) !== JSON.stringify(old.relations)) {
      db.run('DELETE FROM relation WHERE designation_id = ?', [id]);
      d.relations.forEach((r, position) =>
        db.run(
          'INSERT INTO relation (designation_id, kind, target_id, position) VALUES (?, ?, ?, ?)',
          [id, r.kind, idOf.get(codeKey(r.target))!, position],
        ),
      );
    }
  }
  db.run('DROP TABLE designation');
  db.run('ALTER TABLE designation_v4 RENAME TO designation');
}
