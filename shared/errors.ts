/**
 * Errors cross the IPC boundary as a code with parameters; each side translates
 * them (namespace `errors`) where they are shown.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CODE_TAKEN',
  'UNKNOWN_RELATION_TARGET',
  'PREREQUISITE_CYCLE',
  'CATALOG_LOCKED',
  'CATALOG_TAKEN_OVER',
  'CATALOG_DAMAGED',
  'NOT_A_CATALOG',
  'NEWER_CATALOG_VERSION',
  'CATALOG_OPEN_FAILED',
  'SAVE_FAILED',
  'EXPORT_FAILED',
  'EXPORT_CANCELLED',
  'IMPORT_INVALID',
  'HISTORY_DAMAGED',
  'FORBIDDEN_SENDER',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field, for showing beside that field. */
export interface FieldIssue {
  path: (string | number)[];
  /** i18n key under `errors:field.` */
  message: string;
  /** What the message states: a limit (`count`), the characters at fault (`chars`) … */
  params?: ErrorParams;
}

export type ErrorParams = Record<string, string | number>;

export interface ErrorPayload {
  code: ErrorCode;
  params: ErrorParams;
  issues: FieldIssue[];
}

export class CatalogError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, params: ErrorParams = {}, issues: FieldIssue[] = []) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'CatalogError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, params: this.params, issues: this.issues };
  }

  static fromPayload(p: ErrorPayload): CatalogError {
    return new CatalogError(p.code, p.params, p.issues);
  }
}

/** What every contract call resolves to on the wire: never a thrown error. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
