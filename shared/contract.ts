import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { CatalogError, type ErrorCode, type Outcome } from './errors';
import {
  BackupInfo,
  CatalogInfo,
  DeletedDesignation,
  ExportProgress,
  ExportRequest,
  ExportResult,
  HistoryEntry,
  ImportEntry,
  ImportPreview,
  Language,
  UndoResult,
  Designation,
  DesignationCode,
  DesignationInput,
  DesignationSummary,
  Settings,
} from './model';
import { MapLayout, Plan, PlanPrintout, PlanRequest } from './plan';

interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** Errors this method raises besides the ones every call can raise. */
  errors: readonly ErrorCode[];
}
/** A method whose schemas are built the first time it is called (see lazy-schema.ts). */
const method = <I extends z.ZodType, O extends z.ZodType>(
  spec: () => MethodSpec<I, O>,
): MethodSpec<I, O> => {
  let built: MethodSpec<I, O> | undefined;
  const get = () => (built ??= spec());
  return {
    get input() {
      return get().input;
    },
    get output() {
      return get().output;
    },
    get errors() {
      return get().errors;
    },
  };
};

/** Raised by any call: bad payload, refused sender, or a bug. */
export const COMMON_ERRORS = ['INVALID_INPUT', 'FORBIDDEN_SENDER', 'INTERNAL'] as const;

const NoInput = lazySchema(() => z.object({}).strict());
const ByCode = lazySchema(() => z.object({ code: DesignationCode }).strict());
const SAVE_ERRORS = ['CATALOG_LOCKED', 'CATALOG_TAKEN_OVER', 'SAVE_FAILED'] as const;
const RULE_ERRORS = ['CODE_TAKEN', 'UNKNOWN_RELATION_TARGET', 'PREREQUISITE_CYCLE'] as const;

/**
 * The one table of everything the renderer may ask of the main process.
 * Preload, main-process wiring, renderer client and test bridge derive from it.
 */
export const contract = {
  getCatalogInfo: method(() => ({ input: NoInput, output: CatalogInfo, errors: [] })),
  listDesignations: method(() => ({
    input: NoInput,
    output: z.array(DesignationSummary),
    errors: [],
  })),
  getDesignation: method(() => ({ input: ByCode, output: Designation, errors: ['NOT_FOUND'] })),
  createDesignation: method(() => ({
    input: z.object({ designation: DesignationInput }).strict(),
    output: Designation,
    errors: [...RULE_ERRORS, ...SAVE_ERRORS],
  })),
  updateDesignation: method(() => ({
    input: z.object({ code: DesignationCode, designation: DesignationInput }).strict(),
    output: Designation,
    errors: ['NOT_FOUND', ...RULE_ERRORS, ...SAVE_ERRORS],
  })),
  deleteDesignation: method(() => ({
    input: ByCode,
    output: DeletedDesignation,
    errors: ['NOT_FOUND', ...SAVE_ERRORS],
  })),
  restoreDesignation: method(() => ({
    input: z.object({ deleted: DeletedDesignation }).strict(),
    output: Designation,
    errors: [...RULE_ERRORS, ...SAVE_ERRORS],
  })),
  /** Takes back the newest change (Ctrl+Z); a whole import at once. */
  undo: method(() => ({
    input: NoInput,
    output: UndoResult,
    errors: [...RULE_ERRORS, ...SAVE_ERRORS, 'HISTORY_DAMAGED'],
  })),
  redo: method(() => ({
    input: NoInput,
    output: UndoResult,
    errors: [...RULE_ERRORS, ...SAVE_ERRORS, 'HISTORY_DAMAGED'],
  })),
  listHistory: method(() => ({
    input: z
      .object({ code: DesignationCode.nullable(), limit: z.number().int().min(1).max(1000) })
      .strict(),
    output: z.array(HistoryEntry),
    errors: [],
  })),
  /** Asks for a CSV or JSON export to import (native open dialog) and previews it. */
  previewImport: method(() => ({
    input: NoInput,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('ready'), file: z.string(), preview: ImportPreview }),
    ]),
    errors: ['NOT_FOUND', 'IMPORT_INVALID'],
  })),
  /** A page of the designations the previewed import adds or changes (the preview's list). */
  previewImportPage: method(() => ({
    input: z
      .object({
        part: z.enum(['added', 'changed']),
        from: z.number().int().min(0).max(10_000_000),
        count: z.number().int().min(1).max(200),
      })
      .strict(),
    output: z.object({ entries: z.array(ImportEntry) }),
    errors: ['IMPORT_INVALID'],
  })),
  /** Applies the previewed import: all of it, after a backup, or nothing. */
  applyImport: method(() => ({
    input: NoInput,
    output: z.object({ added: z.number().int(), changed: z.number().int() }),
    errors: ['IMPORT_INVALID', ...RULE_ERRORS, ...SAVE_ERRORS],
  })),
  /** Opens another catalog file: one from the recent list, or one the user picks. */
  openCatalog: method(() => ({
    input: z.object({ recent: z.string().max(4096).nullable() }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('opened'), info: CatalogInfo }),
    ]),
    errors: [
      'NOT_FOUND',
      'NOT_A_CATALOG',
      'NEWER_CATALOG_VERSION',
      'CATALOG_LOCKED',
      'CATALOG_TAKEN_OVER',
      'CATALOG_OPEN_FAILED',
      'SAVE_FAILED',
    ],
  })),
  /** Writes a copy of the catalog as it is on disk where the user says. */
  saveCopyAs: method(() => ({
    input: NoInput,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('saved'), path: z.string() }),
    ]),
    errors: ['EXPORT_FAILED'],
  })),
  listBackups: method(() => ({ input: NoInput, output: z.array(BackupInfo), errors: [] })),
  backupNow: method(() => ({
    input: NoInput,
    output: z.object({ name: z.string() }),
    errors: [...SAVE_ERRORS],
  })),
  /** Replaces the catalog with a backup; what it replaces is backed up first. */
  restoreBackup: method(() => ({
    input: z.object({ name: z.string().max(200) }).strict(),
    output: z.object({ kept: z.string() }),
    errors: ['NOT_FOUND', 'NOT_A_CATALOG', 'NEWER_CATALOG_VERSION', ...SAVE_ERRORS],
  })),
  exportReport: method(() => ({
    input: z.object({ request: ExportRequest }).strict(),
    output: ExportResult,
    errors: ['EXPORT_FAILED', 'EXPORT_CANCELLED'],
  })),
  cancelExport: method(() => ({
    input: NoInput,
    output: z.object({ cancelled: z.boolean() }),
    errors: [],
  })),
  /** Opens a file this session exported, or shows it in its folder; other paths are refused. */
  revealExport: method(() => ({
    input: z.object({ path: z.string().max(4096), how: z.enum(['open', 'folder']) }).strict(),
    output: z.object({}),
    errors: ['NOT_FOUND'],
  })),
  /** What a person still needs for a target designation, given what she holds. */
  planStudy: method(() => ({
    input: z.object({ request: PlanRequest }).strict(),
    output: Plan,
    errors: ['NOT_FOUND'],
  })),
  /** The plan as a one-page PDF where the user says (then revealExport can open it). */
  exportPlan: method(() => ({
    input: z.object({ request: PlanRequest, printout: PlanPrintout }).strict(),
    output: ExportResult,
    errors: ['NOT_FOUND', 'EXPORT_FAILED'],
  })),
  /** The catalog map as the window laid it out, as SVG or a landscape PDF page. */
  exportMap: method(() => ({
    input: z
      .object({ layout: MapLayout, format: z.enum(['svg', 'pdf']), language: Language })
      .strict(),
    output: ExportResult,
    errors: ['EXPORT_FAILED'],
  })),
  getSettings: method(() => ({ input: NoInput, output: Settings, errors: [] })),
  updateSettings: method(() => ({
    input: z.object({ settings: Settings.omit({ recentFiles: true }).partial().strict() }).strict(),
    output: Settings,
    errors: ['SAVE_FAILED'],
  })),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const channelOf = (m: MethodName): string => `catalog:${m}`;
export const isMethodName = (m: unknown): m is MethodName =>
  typeof m === 'string' && Object.prototype.hasOwnProperty.call(contract, m);

/** The raw bridge exposed as `window.catalog`: results come back as outcomes, never throws. */
export type CatalogBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Outcome<MethodOutput<M>>>;
};

/** What the renderer uses: resolves with the value or rejects with a CatalogError. */
export type CatalogClient = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/** Builds an object with one function per contract method around a single transport. */
export function buildFromContract<T>(
  make: (m: MethodName) => (input: unknown) => Promise<unknown>,
): T {
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, make(m)])) as T;
}

export function clientFromBridge(bridge: CatalogBridge): CatalogClient {
  return buildFromContract<CatalogClient>((m) => async (input) => {
    const call = bridge[m] as (i: unknown) => Promise<Outcome<unknown>>;
    const outcome = await call(input);
    if (outcome.ok) return outcome.value;
    throw CatalogError.fromPayload(outcome.error);
  });
}

/** What the main process can ask of the window (from the application menu). */
export const COMMANDS = [
  'new',
  'save',
  'delete',
  'find',
  'export',
  'undo',
  'redo',
  'history',
  'import',
  'backups',
  'open',
  'save-copy',
  'settings',
  // Help > About (on macOS in the app menu): the renderer's About panel.
  'about',
  'language:nb',
  'language:en',
  // View > Catalog / Study plan / Map: what the main area shows.
  'view:catalog',
  'view:plan',
  'view:map',
  // File > Open Recent: the catalog at that place in settings.recentFiles.
  'open-recent:0',
  'open-recent:1',
  'open-recent:2',
  'open-recent:3',
  'open-recent:4',
  'open-recent:5',
  'open-recent:6',
  'open-recent:7',
] as const;
export type Command = (typeof COMMANDS)[number];
/** How many catalogs File > Open Recent and the Open dialog remember. */
export const RECENT_FILES_KEPT = 8;
const OPEN_RECENT = 'open-recent:';
export const openRecentCommand = (index: number) => `${OPEN_RECENT}${index}` as Command;
/** The place in settings.recentFiles an Open Recent command names, or undefined for other commands. */
export const recentIndexOf = (command: Command): number | undefined =>
  command.startsWith(OPEN_RECENT) ? Number(command.slice(OPEN_RECENT.length)) : undefined;
export const COMMAND_CHANNEL = 'catalog:command';
export const PROGRESS_CHANNEL = 'catalog:export-progress';
export { ExportProgress };

/** Exposed as `window.catalogEvents`: main-to-window messages, parsed before use. */
export interface CatalogEvents {
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  onCommand(listener: (command: Command) => void): () => void;
  /** Progress of the export under way. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
}
