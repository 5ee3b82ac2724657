import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { codeProblem } from './code-rule';
import { EDITABLE_FIELDS } from './diff';

/** Languages the catalog and the interface speak. */
export const LANGUAGES = ['nb', 'en'] as const;
export const Language = lazySchema(() => z.enum(LANGUAGES));
export type Language = z.infer<typeof Language>;

/**
 * A designation code: letters, optionally one hyphenated suffix (AIS, ARe, AU-M);
 * the rule and its messages are in code-rule.ts.
 * Codes are unique regardless of case; `codeKey` gives the comparable form.
 */
export { CODE_PATTERN } from './code-rule';
export const DesignationCode = lazySchema(() =>
  z
    .string()
    .trim()
    .superRefine((code, ctx) => {
      const problem = codeProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', ...problem });
    }),
);
export type DesignationCode = z.infer<typeof DesignationCode>;
export const codeKey = (code: string): string => code.trim().toUpperCase();

const MAX_TEXT = 20_000;
/** Text in both languages, without outer spaces; an empty string means "not written yet". */
export const LocalizedText = lazySchema(() =>
  z.object({
    nb: z.string().trim().max(MAX_TEXT),
    en: z.string().trim().max(MAX_TEXT),
  }),
);
export type LocalizedText = z.infer<typeof LocalizedText>;

export const FOCUS_AREAS = [
  'general-insurance',
  'claims',
  'risk-management',
  'underwriting',
  'reinsurance',
  'specialty-lines',
  'accounting-finance',
  'management',
  'distribution-service',
  'data-technology',
  'regulation-compliance',
] as const;
export const FocusArea = lazySchema(() => z.enum(FOCUS_AREAS));
export type FocusArea = z.infer<typeof FocusArea>;

/** unconfirmed: no source newer than the catalog's own cut-off confirms that it is offered. */
export const STATUSES = ['offered', 'unconfirmed', 'retired'] as const;
export const Status = lazySchema(() => z.enum(STATUSES));
export type Status = z.infer<typeof Status>;

export const COURSE_KINDS = ['core', 'elective', 'ethics', 'prerequisite-programme'] as const;
export const CourseKind = lazySchema(() => z.enum(COURSE_KINDS));
export type CourseKind = z.infer<typeof CourseKind>;

export const Course = lazySchema(() =>
  z.object({
    /** The Institutes' course or exam code where a source gives one (ARM 400). */
    code: z.string().trim().max(20),
    title: LocalizedText,
    kind: CourseKind,
  }),
);
export type Course = z.infer<typeof Course>;
/** A course row left empty in the form: dropped on save, not kept as "Core – not stated". */
const isEmptyCourse = (c: Course) => !c.code && !c.title.nb && !c.title.en;

/**
 * Relations point from the designation that owns them to another one:
 * - prerequisite: the target must be held before this one;
 * - waiver: holders of the target are excused this one's prerequisite;
 * - credit: this one's courses give credit toward the target.
 */
export const RELATION_KINDS = ['prerequisite', 'waiver', 'credit'] as const;
export const RelationKind = lazySchema(() => z.enum(RELATION_KINDS));
export type RelationKind = z.infer<typeof RelationKind>;

export const Relation = lazySchema(() =>
  z.object({
    kind: RelationKind,
    target: DesignationCode,
  }),
);
export type Relation = z.infer<typeof Relation>;

const Months = lazySchema(() =>
  z
    .number()
    .int({ message: 'duration.number' })
    .min(0, { message: 'duration.number' })
    .max(240, { message: 'duration.tooLong' })
    .nullable(),
);

/** A year and month: 2020-07. */
export const YEAR_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The year and month of the newest source that confirms the facts; null: none is dated. */
export const LastVerified = lazySchema(() =>
  z
    .string()
    .refine((v) => YEAR_MONTH_PATTERN.test(v), { message: 'lastVerified.format' })
    .nullable(),
);

/** Everything a coordinator edits; timestamps are added by the store. Built on first use. */
const designationFields = () => ({
  code: DesignationCode,
  /** Who awards it: The Institutes for the seeded 28; a Norwegian scheme for others. */
  issuer: z.string().trim().max(200),
  /** Exactly as the issuer writes it, in the issuer's language: the name in both interface languages. */
  officialName: z.string().trim().max(500),
  /** A plain description beside the official name, per language; either may be empty. */
  explanatoryName: LocalizedText,
  summary: LocalizedText,
  focusArea: FocusArea,
  status: Status,
  lastVerified: LastVerified,
  /** What the sources disagree about or leave uncertain: shown wherever the designation is read. */
  caution: LocalizedText,
  durationMonths: z.object({ min: Months, max: Months }),
  deliveryNotes: LocalizedText,
  /** null: the sources do not say. */
  certificateOfCompletion: z.boolean().nullable(),
  courses: z
    .array(Course)
    .overwrite((courses) => courses.filter((c) => !isEmptyCourse(c)))
    .max(100, { message: 'course.tooMany' }),
  relations: z.array(Relation).max(200, { message: 'relation.tooMany' }),
  /** Citations a reader can find (publisher, title, date, address), one per line. */
  sources: LocalizedText,
});

/** Rules that span fields. Messages are i18n keys under `errors:field.` */
function checkDesignation(
  d: z.infer<z.ZodObject<ReturnType<typeof designationFields>>>,
  ctx: z.RefinementCtx,
): void {
  if (!d.officialName.trim()) {
    ctx.addIssue({ code: 'custom', path: ['officialName'], message: 'officialName.required' });
  }
  if (!d.issuer.trim()) {
    ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'issuer.required' });
  }
  const { min, max } = d.durationMonths;
  if (min !== null && max !== null && min > max) {
    ctx.addIssue({
      code: 'custom',
      path: ['durationMonths', 'min'],
      message: 'duration.order',
    });
  }
  const seen = new Set<string>();
  d.relations.forEach((r, i) => {
    if (codeKey(r.target) === codeKey(d.code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['relations', i, 'target'],
        message: 'relation.self',
      });
    }
    const key = `${r.kind}:${codeKey(r.target)}`;
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['relations', i, 'target'],
        message: 'relation.duplicate',
      });
    }
    seen.add(key);
  });
}

export const DesignationInput = lazySchema(() =>
  z.object(designationFields()).superRefine(checkDesignation),
);
export type DesignationInput = z.infer<typeof DesignationInput>;

export const Timestamp = lazySchema(() => z.iso.datetime());

export const Designation = lazySchema(() =>
  z
    .object({ ...designationFields(), createdAt: Timestamp, updatedAt: Timestamp })
    .superRefine(checkDesignation),
);
export type Designation = z.infer<typeof Designation>;

/** What the list shows: enough to search, filter and sort without loading every field. */
export const DesignationSummary = lazySchema(() =>
  z.object({
    code: DesignationCode,
    issuer: z.string(),
    officialName: z.string(),
    explanatoryName: LocalizedText,
    summary: LocalizedText,
    focusArea: FocusArea,
    status: Status,
    lastVerified: LastVerified,
    durationMonths: z.object({ min: Months, max: Months }),
    relations: z.array(Relation),
    /** Texts written in one language only: the "missing translations" filter. */
    translationGaps: z.number().int().min(0),
    updatedAt: Timestamp,
  }),
);
export type DesignationSummary = z.infer<typeof DesignationSummary>;

/** A relation another designation holds toward this one. */
export const IncomingRelation = lazySchema(() =>
  z.object({
    owner: DesignationCode,
    kind: RelationKind,
    /** Where it stood in the owner's list, so that putting it back keeps the order. */
    position: z.number().int().min(0).max(10_000).optional(),
  }),
);
export type IncomingRelation = z.infer<typeof IncomingRelation>;

/** What a delete removed, so that it can be put back exactly (undo, history). */
export const DeletedDesignation = lazySchema(() =>
  z.object({
    designation: Designation,
    incoming: z.array(IncomingRelation).max(10_000),
  }),
);
export type DeletedDesignation = z.infer<typeof DeletedDesignation>;

/** Something the user must be told about the catalog file (for example a recovery). */
export const CatalogNotice = lazySchema(() =>
  z.object({
    code: z.enum([
      'recovered-from-backup',
      'recovered-with-changes',
      'recreated-after-corruption',
      'changes-not-replayed',
      'created',
      'log-damaged',
      'log-set-aside',
      'log-damaged-read-only',
      'log-stray-read-only',
      'taken-over',
      'taken-over-kept',
      'last-catalog-not-opened',
    ]),
    params: z.record(z.string(), z.string()),
  }),
);
export type CatalogNotice = z.infer<typeof CatalogNotice>;

export const CatalogInfo = lazySchema(() =>
  z.object({
    path: z.string(),
    designationCount: z.number().int(),
    savedAt: Timestamp.nullable(),
    notices: z.array(CatalogNotice),
  }),
);
export type CatalogInfo = z.infer<typeof CatalogInfo>;

/** The user's preferences, kept beside the catalog in the app's data folder. */
export const Settings = lazySchema(() =>
  z.object({
    /** null until the user picks one: follow the system's language. */
    language: Language.nullable(),
    /** Printed in report headers. */
    organisationName: z.string().trim().max(200),
    /** CSV field separator; "auto" is ";" for Norwegian exports (Excel's Norwegian default) and "," for English. */
    csvDelimiter: z.enum(['auto', ';', ',', 'tab']),
    /** Catalog files opened, newest first. */
    recentFiles: z.array(z.string().max(4096)).max(10),
    /** "Needs checking": last verified more than this many years ago (or never, or unconfirmed). */
    verifiedWithinYears: z.number().int().min(1).max(50),
  }),
);
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = {
  language: null,
  organisationName: '',
  csvDelimiter: 'auto',
  recentFiles: [],
  verifiedWithinYears: 5,
};

export const REPORT_KINDS = ['overview', 'sheets', 'pathways'] as const;
export const ReportKind = lazySchema(() => z.enum(REPORT_KINDS));
export type ReportKind = z.infer<typeof ReportKind>;
/**
 * json: the whole catalog, every field, for import elsewhere; html: the catalog as one
 * web page in both languages, for an intranet (the report kind applies to neither).
 */
export const REPORT_FORMATS = ['pdf', 'csv', 'json', 'html'] as const;
export const ReportFormat = lazySchema(() => z.enum(REPORT_FORMATS));
export type ReportFormat = z.infer<typeof ReportFormat>;

export const ExportRequest = lazySchema(() =>
  z
    .object({
      report: ReportKind,
      format: ReportFormat,
      language: Language,
      /** The designations to include (the filtered list), or null for the whole catalog. */
      codes: z.array(DesignationCode).max(100_000).nullable(),
    })
    .strict(),
);
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportResult = lazySchema(() =>
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('saved'), path: z.string(), count: z.number().int() }),
    z.object({ status: z.literal('cancelled') }),
  ]),
);
export type ExportResult = z.infer<typeof ExportResult>;

/** How far an export has come, for the progress bar. */
export const ExportProgress = lazySchema(() => z.object({ done: z.number(), total: z.number() }));
export type ExportProgress = z.infer<typeof ExportProgress>;

/** A designation as it stood at one moment, with the relations others held toward it. */
export const Snapshot = DeletedDesignation;
export type Snapshot = DeletedDesignation;

/**
 * A change to an existing designation as history keeps it: only the fields that
 * changed (and the code that finds the row, and when). Undo and redo lay it over
 * the designation as it then stands; the result is checked as a whole.
 */
export const DesignationPatch = lazySchema(() =>
  z
    .object({
      ...designationFields(),
      // Texts keep only the languages that changed.
      explanatoryName: LocalizedText.partial(),
      summary: LocalizedText.partial(),
      caution: LocalizedText.partial(),
      deliveryNotes: LocalizedText.partial(),
      sources: LocalizedText.partial(),
      createdAt: Timestamp,
      updatedAt: Timestamp,
    })
    .partial()
    .extend({ code: DesignationCode, updatedAt: Timestamp })
    .strict(),
);
export type DesignationPatch = z.infer<typeof DesignationPatch>;

export const HISTORY_ACTIONS = ['create', 'update', 'delete', 'import', 'restore'] as const;
export const HistoryAction = lazySchema(() => z.enum(HISTORY_ACTIONS));
export type HistoryAction = z.infer<typeof HistoryAction>;

/** One recorded change. A user action (one import, say) is one batch of entries. */
export const HistoryEntry = lazySchema(() =>
  z.object({
    id: z.number().int(),
    batch: z.number().int(),
    at: Timestamp,
    action: HistoryAction,
    code: z.string(),
    /** The fields a change to an existing designation touched; empty for a creation or deletion. */
    fields: z.array(z.enum(EDITABLE_FIELDS)),
    /** What a deletion removed, with the relations others held toward it: enough to restore it. */
    removed: Snapshot.nullable(),
    /** undone: can be redone; discarded: undone and then overtaken by a new change. */
    state: z.enum(['done', 'undone', 'discarded']),
    /** Its stored before or after could not be read (too large, unreadable, not valid): shown, never re-applied. */
    damaged: z.boolean().optional(),
  }),
);
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** What an undo or redo did; `action` is null when there was nothing to do. */
export const UndoResult = lazySchema(() =>
  z.object({
    action: HistoryAction.nullable(),
    codes: z.array(z.string()),
  }),
);
export type UndoResult = z.infer<typeof UndoResult>;

export const BackupInfo = lazySchema(() =>
  z.object({
    name: z.string(),
    takenAt: Timestamp,
    /** null: the backup cannot be read. */
    count: z.number().int().nullable(),
  }),
);
export type BackupInfo = z.infer<typeof BackupInfo>;

/** A designation an import adds or changes; for a change, each field's value now and in the file. */
export const ImportEntry = lazySchema(() =>
  z.object({
    code: z.string(),
    officialName: z.string(),
    changes: z.array(
      z.object({
        /** A field of DesignationInput; before and after are its values. */
        field: z.string(),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
  }),
);
export type ImportEntry = z.infer<typeof ImportEntry>;

/** What an import would do: counts, the first errors; the entries come page by page. */
export const ImportPreview = lazySchema(() =>
  z.object({
    format: z.enum(['csv', 'json']),
    added: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    /** The first errors by row (at most 200); errorCount counts them all. */
    errors: z.array(
      z.object({
        row: z.number().int(),
        field: z.string(),
        /** An i18n key under errors:field. */
        message: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
      }),
    ),
    errorCount: z.number().int(),
    /** Columns (CSV) or keys (JSON) of the file that no field reads. */
    ignored: z.array(z.string()),
  }),
);
export type ImportPreview = z.infer<typeof ImportPreview>;
