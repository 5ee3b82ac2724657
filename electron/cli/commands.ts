// Report, import and plan-export machinery (pdfkit, fonts, CSV) loads only for the commands
// that use it: list and show start in a fraction of the time.
import { dirname, join, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../shared/i18n';
import { ReportFormat, ReportKind, type ExportRequest, type Language } from '../../shared/model';
import type { CatalogStore } from '../services/store/catalog-store';
import { SETTINGS_FILE_NAME } from '../services/open-services';
import { SettingsStore } from '../services/settings/settings-store';
import { formatDesignation, formatList } from './format';
import { importJson, printImportSummary } from './import-output';
import { formatPlan, heldCodes, passedCourses } from './plan-text';
import { codeKey } from '../../shared/model';
import { planStudy } from '../services/planner/plan';

export class UsageError extends Error {}

export interface CommandContext {
  store: CatalogStore;
  t: TFunction;
  language: Language;
  args: string[];
  values: Record<string, unknown>;
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

interface Command {
  /** Commands that change the catalog take the writer's lock; the others never write. */
  writes: (values: Record<string, unknown>, args: string[]) => boolean;
  /** Checks arguments before the catalog is opened. */
  check?: (args: string[], values: Record<string, unknown>, t: TFunction) => void;
  run: (ctx: CommandContext) => Promise<number>;
}

const json = (ctx: CommandContext) => ctx.values.json === true;

/** `export` needs --format and --out, and --report unless the format is json or html. */
function exportRequest(
  values: Record<string, unknown>,
  language: Language,
  t: TFunction,
): ExportRequest {
  const format = ReportFormat.safeParse(values.format);
  if (!format.success) throw new UsageError(t('cli:badFormat', { value: values.format ?? '' }));
  const report = ReportKind.safeParse(
    format.data === 'json' || format.data === 'html' ? (values.report ?? 'sheets') : values.report,
  );
  if (!report.success) throw new UsageError(t('cli:badReport', { value: values.report ?? '' }));
  if (typeof values.out !== 'string') throw new UsageError(t('cli:missingOut'));
  return { report: report.data, format: format.data, language, codes: null };
}

export const COMMANDS: Record<string, Command> = {
  list: {
    writes: () => false,
    run: async (ctx) => {
      const list = ctx.store.list();
      ctx.out(
        json(ctx)
          ? JSON.stringify(list, null, 2)
          : formatList(list, ctx.store.path, ctx.t, ctx.language),
      );
      return 0;
    },
  },
  show: {
    writes: () => false,
    check: (args, _v, t) => {
      if (!args[0]) throw new UsageError(t('cli:missingCode'));
    },
    run: async (ctx) => {
      const d = ctx.store.get(ctx.args[0]!);
      ctx.out(json(ctx) ? JSON.stringify(d, null, 2) : formatDesignation(d, ctx.t, ctx.language));
      return 0;
    },
  },
  export: {
    writes: () => false,
    check: (_a, values, t) => void exportRequest(values, 'en', t),
    run: async (ctx) => {
      const request = exportRequest(ctx.values, ctx.language, ctx.t);
      const settings = await SettingsStore.open(join(dirname(ctx.store.path), SETTINGS_FILE_NAME));
      const { writeReport } = await import('../services/reports/export-report');
      const { buildReportInWorker, builtReportWorker } =
        await import('../services/reports/worker-client');
      // On the report worker, as in the app: its heap is capped, so memory stays flat.
      const worker = builtReportWorker();
      const result = await writeReport(
        ctx.store.all(),
        request,
        resolve(ctx.cwd, String(ctx.values.out)),
        settings.get(),
        worker ? (...args) => buildReportInWorker(worker, ...args) : undefined,
      );
      ctx.err(ctx.t('cli:exported', { count: result.count, path: result.path }));
      return 0;
    },
  },
  import: {
    writes: (values) => values['dry-run'] !== true,
    check: (args, _v, t) => {
      if (!args[0]) throw new UsageError(t('cli:missingFile'));
    },
    run: async (ctx) => {
      const { t } = ctx;
      const { applyImport, prepareImport } = await import('../services/exchange/import-file');
      const prepared = await prepareImport(ctx.store, resolve(ctx.cwd, ctx.args[0]!));
      const { preview } = prepared;
      if (json(ctx)) ctx.out(importJson(prepared));
      printImportSummary(prepared, t, json(ctx) ? () => {} : ctx.out, ctx.err);
      if (preview.errorCount > 0) {
        ctx.err(t('cli:importRefused', { count: preview.errorCount }));
        return 1;
      }
      if (ctx.values['dry-run'] === true) {
        ctx.err(t('cli:dryRun'));
        return 0;
      }
      const result = await applyImport(ctx.store, prepared);
      ctx.err(t('cli:imported', result));
      return 0;
    },
  },
  backup: {
    writes: () => true,
    run: async (ctx) => {
      ctx.err(ctx.t('cli:backedUp', { name: await ctx.store.backupNow() }));
      return 0;
    },
  },
  copy: {
    writes: () => false,
    check: (_a, values, t) => {
      if (typeof values.out !== 'string') throw new UsageError(t('cli:missingCopyOut'));
    },
    run: async (ctx) => {
      const out = resolve(ctx.cwd, String(ctx.values.out));
      await ctx.store.copyTo(out, { exclusive: true });
      ctx.err(ctx.t('cli:copied', { path: out }));
      return 0;
    },
  },
  restore: {
    // Listing the backups reads only: it works while the app holds the catalog.
    writes: (_values, args) => args[0] !== undefined,
    run: async (ctx) => {
      const name = ctx.args[0];
      if (!name) {
        for (const b of await ctx.store.backups()) {
          ctx.out(
            `${b.name}  ${formatDateTime(b.takenAt, ctx.language)}  ${b.count === null ? ctx.t('cli:damaged') : ctx.t('common:designationCount', { count: b.count })}`,
          );
        }
        return 0;
      }
      const kept = await ctx.store.restoreBackup(name);
      ctx.err(ctx.t('cli:restored', { name, kept }));
      return 0;
    },
  },
  plan: {
    writes: () => false,
    check: (_a, values, t) => {
      if (typeof values.target !== 'string') throw new UsageError(t('cli:planMissingTarget'));
    },
    run: async (ctx) => {
      const all = ctx.store.all();
      const known = new Set(all.map((d) => codeKey(d.code)));
      const request = {
        target: String(ctx.values.target),
        holds: heldCodes(ctx.values.holds),
        passed: passedCourses(ctx.values.passed, all),
      };
      const unknown = [request.target, ...request.holds].filter((c) => !known.has(codeKey(c)));
      if (unknown.length)
        throw new UsageError(ctx.t('cli:planUnknown', { codes: unknown.join(', ') }));
      const plan = planStudy(all, request);
      ctx.out(
        json(ctx) ? JSON.stringify(plan, null, 2) : formatPlan(plan, all, ctx.t, ctx.language),
      );
      if (typeof ctx.values.out === 'string') {
        const out = resolve(ctx.cwd, ctx.values.out);
        const settings = await SettingsStore.open(
          join(dirname(ctx.store.path), SETTINGS_FILE_NAME),
        );
        const printout = { language: ctx.language, person: '', date: '' };
        const { planPdf, writePlanExport } = await import('../services/plan-exports');
        await writePlanExport(out, () =>
          planPdf(all, request, printout, settings.get().organisationName),
        );
        ctx.err(ctx.t('cli:planWritten', { path: out }));
      }
      return 0;
    },
  },
  history: {
    writes: () => false,
    run: async (ctx) => {
      const entries = ctx.store.history(ctx.args[0] ?? null, 200);
      if (json(ctx)) ctx.out(JSON.stringify(entries, null, 2));
      else {
        for (const e of entries) {
          const state =
            (e.state === 'done' ? '' : `  (${ctx.t(`history:state.${e.state}`)})`) +
            (e.damaged ? `  (${ctx.t('history:damaged')})` : '');
          ctx.out(
            `${formatDateTime(e.at, ctx.language)}  ${ctx.t(`history:action.${e.action}`, { code: e.code })}${state}`,
          );
        }
        if (entries.length === 0) ctx.out(ctx.t('history:empty'));
      }
      return 0;
    },
  },
};
