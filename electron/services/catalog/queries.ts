import type { Database, SqlValue, Statement } from 'sql.js';
import {
  codeKey,
  type Course,
  type Designation,
  type DesignationInput,
  type DesignationSummary,
  type IncomingRelation,
  type Relation,
} from '../../../shared/model';
import { sameValue } from '../../../shared/diff';
import { summarize } from '../../../shared/summary';
import { cachedStatement, firstValue } from './statement-cache';

type Row = Record<string, SqlValue>;

/**
 * Column names per kept statement, not per call (getAsObject asks on every row).
 * Only for statements that name their columns: SQLite prepares a statement again
 * when the schema changes, and then `*` may stand for other columns.
 */
const namesOf = new WeakMap<Statement, string[]>();
function columnNames(stmt: Statement, sql: string): string[] {
  let names = namesOf.get(stmt);
  if (!names) {
    names = stmt.getColumnNames();
    if (!sql.includes('*')) namesOf.set(stmt, names);
  }
  return names;
}

function all(db: Database, sql: string, params: SqlValue[] = []): Row[] {
  const stmt = cachedStatement(db, sql);
  try {
    stmt.bind(params);
    const columns = columnNames(stmt, sql);
    const rows: Row[] = [];
    while (stmt.step()) {
      const values = stmt.get();
      const row: Row = {};
      for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i]!;
      rows.push(row);
    }
    return rows;
  } finally {
    stmt.reset();
  }
}

const str = (v: SqlValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const intOrNull = (v: SqlValue | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

/** The designation's own row; courses and relations come from their tables. */
function fromRow(r: Row, courses: Course[], relations: Relation[]): Designation {
  const certificate = intOrNull(r.certificate);
  return {
    code: str(r.code),
    issuer: str(r.issuer),
    officialName: str(r.official_name),
    explanatoryName: { nb: str(r.explanatory_nb), en: str(r.explanatory_en) },
    summary: { nb: str(r.summary_nb), en: str(r.summary_en) },
    focusArea: str(r.focus_area) as Designation['focusArea'],
    status: str(r.status) as Designation['status'],
    lastVerified: r.last_verified === null ? null : str(r.last_verified),
    caution: { nb: str(r.caution_nb), en: str(r.caution_en) },
    durationMonths: { min: intOrNull(r.duration_min), max: intOrNull(r.duration_max) },
    deliveryNotes: { nb: str(r.delivery_nb), en: str(r.delivery_en) },
    certificateOfCompletion: certificate === null ? null : certificate === 1,
    courses,
    relations,
    sources: { nb: str(r.sources_nb), en: str(r.sources_en) },
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
  };
}

const groupBy = <T>(rows: Row[], map: (r: Row) => T): Map<number, T[]> => {
  const groups = new Map<number, T[]>();
  for (const r of rows) {
    const list = groups.get(Number(r.owner)) ?? [];
    list.push(map(r));
    groups.set(Number(r.owner), list);
  }
  return groups;
};
const toCourse = (c: Row): Course => ({
  code: str(c.code),
  title: { nb: str(c.title_nb), en: str(c.title_en) },
  kind: str(c.kind) as Course['kind'],
});
const toRelation = (x: Row): Relation => ({
  kind: str(x.kind) as Relation['kind'],
  target: str(x.code),
});

const ROW_COLUMNS = `code, code_key, issuer, official_name, explanatory_nb, explanatory_en,
  summary_nb, summary_en, focus_area, status, last_verified, caution_nb, caution_en,
  duration_min, duration_max, delivery_nb, delivery_en, certificate, sources_nb, sources_en`;
/** A designation's row as fromRow reads it, columns named (see columnNames). */
const DESIGNATION = `SELECT id, ${ROW_COLUMNS}, created_at, updated_at FROM designation`;

const RELATIONS_WITH_CODES = `SELECT r.designation_id AS owner, r.kind, t.code FROM relation r
  JOIN designation t ON t.id = r.target_id`;

const COURSES = `SELECT designation_id AS owner, code, title_nb, title_en, kind FROM course`;

/** Every designation in full, by code: three queries, however many there are. */
export function readAll(db: Database): Designation[] {
  const relations = groupBy(
    all(db, `${RELATIONS_WITH_CODES} ORDER BY owner, r.position`),
    toRelation,
  );
  const courses = groupBy(all(db, `${COURSES} ORDER BY owner, position`), toCourse);
  return all(db, `${DESIGNATION} ORDER BY code_key`).map((r) => {
    const id = Number(r.id);
    return fromRow(r, courses.get(id) ?? [], relations.get(id) ?? []);
  });
}

export function listSummaries(db: Database): DesignationSummary[] {
  return readAll(db).map(summarize);
}

export function countDesignations(db: Database): number {
  return Number(firstValue(db, 'SELECT count(*) FROM designation') ?? 0);
}

export function findId(db: Database, code: string): number | undefined {
  const row = all(db, 'SELECT id FROM designation WHERE code_key = ?', [codeKey(code)])[0];
  return row ? Number(row.id) : undefined;
}

export function readDesignation(db: Database, id: number): Designation {
  const r = all(db, `${DESIGNATION} WHERE id = ?`, [id])[0];
  if (!r) throw new Error(`designation ${id} vanished`);
  const courses = all(db, `${COURSES} WHERE designation_id = ? ORDER BY position`, [id]);
  const relations = all(
    db,
    `${RELATIONS_WITH_CODES} WHERE r.designation_id = ? ORDER BY r.position`,
    [id],
  );
  return fromRow(r, courses.map(toCourse), relations.map(toRelation));
}

function rowValues(d: DesignationInput): SqlValue[] {
  return [
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
  ];
}

const ROW_COLUMN_COUNT = ROW_COLUMNS.split(',').length;

export function insertRow(db: Database, d: DesignationInput, now: string, createdAt = now): number {
  db.run(
    `INSERT INTO designation (${ROW_COLUMNS}, created_at, updated_at)
     VALUES (${Array(ROW_COLUMN_COUNT).fill('?').join(', ')}, ?, ?)`,
    [...rowValues(d), createdAt, now],
  );
  return Number(firstValue(db, 'SELECT last_insert_rowid()'));
}

const COLUMN_NAMES = ROW_COLUMNS.split(',').map((c) => c.trim());

/** Writes the columns whose values differ between the two, and the times; the rest stays as it is. */
export function updateRow(db: Database, id: number, before: Designation, after: Designation): void {
  const [was, is] = [rowValues(before), rowValues(after)];
  const changed = COLUMN_NAMES.flatMap((c, i) => (was[i] === is[i] ? [] : [[c, is[i]!] as const]));
  if (before.createdAt !== after.createdAt) changed.push(['created_at', after.createdAt]);
  changed.push(['updated_at', after.updatedAt]);
  db.run(`UPDATE designation SET ${changed.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`, [
    ...changed.map(([, v]) => v),
    id,
  ]);
}

/** Writes only the course rows that differ: changed positions, then added or removed ones at the end. */
export function updateCourses(db: Database, id: number, before: Course[], after: Course[]): void {
  after.forEach((c, position) => {
    const old = before[position];
    if (old && sameValue(old, c)) return;
    db.run(
      old
        ? 'UPDATE course SET code = ?, title_nb = ?, title_en = ?, kind = ? WHERE designation_id = ? AND position = ?'
        : 'INSERT INTO course (code, title_nb, title_en, kind, designation_id, position) VALUES (?, ?, ?, ?, ?, ?)',
      [c.code, c.title.nb, c.title.en, c.kind, id, position],
    );
  });
  if (before.length > after.length)
    db.run('DELETE FROM course WHERE designation_id = ? AND position >= ?', [id, after.length]);
}

/** Replaces courses; relations need every target's id, so the caller resolves them first. */
export function replaceCourses(db: Database, id: number, courses: Course[]): void {
  db.run('DELETE FROM course WHERE designation_id = ?', [id]);
  courses.forEach((c, position) =>
    db.run(
      'INSERT INTO course (designation_id, position, code, title_nb, title_en, kind) VALUES (?, ?, ?, ?, ?, ?)',
      [id, position, c.code, c.title.nb, c.title.en, c.kind],
    ),
  );
}

export function replaceRelations(
  db: Database,
  id: number,
  relations: { kind: Relation['kind']; targetId: number }[],
): void {
  db.run('DELETE FROM relation WHERE designation_id = ?', [id]);
  relations.forEach((r, position) =>
    db.run('INSERT INTO relation (designation_id, kind, target_id, position) VALUES (?, ?, ?, ?)', [
      id,
      r.kind,
      r.targetId,
      position,
    ]),
  );
}

/** Every prerequisite edge in the catalog, as code keys: owner -> targets. */
export function prerequisiteEdges(db: Database): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const r of all(
    db,
    `SELECT o.code_key AS owner, t.code_key AS target FROM relation r
     JOIN designation o ON o.id = r.designation_id JOIN designation t ON t.id = r.target_id
     WHERE r.kind = 'prerequisite'`,
  )) {
    const list = edges.get(str(r.owner)) ?? [];
    list.push(str(r.target));
    edges.set(str(r.owner), list);
  }
  return edges;
}

/** Relations other designations hold toward this one (deleting it removes them too). */
export function incomingRelations(db: Database, id: number): IncomingRelation[] {
  return all(
    db,
    `SELECT o.code, r.kind, r.position FROM relation r JOIN designation o ON o.id = r.designation_id
     WHERE r.target_id = ? ORDER BY o.code_key, r.position`,
    [id],
  ).map((x) => ({
    owner: str(x.code),
    kind: str(x.kind) as Relation['kind'],
    position: Number(x.position),
  }));
}

/** Adds one relation at `position` (or the end) of its owner's list, unless it is already there. */
export function addRelation(
  db: Database,
  ownerId: number,
  kind: Relation['kind'],
  targetId: number,
  position?: number,
): void {
  db.run(
    `INSERT OR IGNORE INTO relation (designation_id, kind, target_id, position)
     VALUES (?, ?, ?, coalesce(?, (SELECT coalesce(max(position), -1) + 1 FROM relation WHERE designation_id = ?)))`,
    [ownerId, kind, targetId, position ?? null, ownerId],
  );
}

export function codeOf(db: Database, key: string): string {
  return str(all(db, 'SELECT code FROM designation WHERE code_key = ?', [key])[0]?.code) || key;
}

export function deleteRow(db: Database, id: number): void {
  db.run('DELETE FROM designation WHERE id = ?', [id]);
}
