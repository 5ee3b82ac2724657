import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { CatalogError } from '../../shared/errors';
import { createI18n, describeError, describeNotice, pickLanguage } from '../../shared/i18n';
import { Language, ReportFormat, ReportKind, type ExportRequest } from '../../shared/model';
import { defaultCatalogPath } from '../services/app-paths';
import { CatalogStore } from '../services/catalog-store';
import { SETTINGS_FILE_NAME } from '../services/open-services';
import { writeReport } from '../services/reports/export-report';
import { SettingsStore } from '../services/settings-store';
import { formatDesignation, formatList } from './format';

export interface CliIo {
  argv: string[];
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
}

const OPTIONS = {
  db: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  report: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
const COMMANDS = ['list', 'show', 'export'];

class UsageError extends Error {}

/** Runs one CLI command; returns the process exit code (0 ok, 1 failed, 2 bad usage). */
export async function runCli(io: CliIo): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    args: io.argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const envLang = pickLanguage(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  const langArg = typeof values.lang === 'string' ? values.lang : undefined;
  const lang = Language.safeParse(langArg ?? envLang);
  const language = lang.success ? lang.data : envLang;
  const t = createI18n(language).t;
  try {
    if (!lang.success) throw new UsageError(t('cli:badLanguage', { lang: langArg }));
    checkOptions(tokens ?? [], t);
    const [command, ...rest] = positionals;
    if (values.help) {
      io.out(t('cli:usage', { defaultPath: defaultCatalogPath(io.env) }));
      return 0;
    }
    if (!command) throw new UsageError(t('cli:missingCommand'));
    if (!COMMANDS.includes(command)) throw new UsageError(t('cli:unknownCommand', { command }));
    if (command === 'show' && !rest[0]) throw new UsageError(t('cli:missingCode'));
    const request = command === 'export' ? exportRequest(values, language, t) : undefined;

    // `npm run catalog` runs in the project folder; INIT_CWD is where the user typed it.
    const cwd = io.env.INIT_CWD ?? process.cwd();
    const path =
      typeof values.db === 'string' ? resolve(cwd, values.db) : defaultCatalogPath(io.env);
    const store = await CatalogStore.open({ path, readOnly: true });
    try {
      if (store.notices.some((n) => n.code === 'created')) {
        io.err(t('cli:created', { path: store.path }));
      }
      for (const n of store.notices.filter((x) => x.code !== 'created')) {
        io.err(describeNotice(t, n, language));
      }
      const json = values.json === true;
      if (request) {
        const out = resolve(cwd, String(values.out));
        const settings = await SettingsStore.open(join(dirname(store.path), SETTINGS_FILE_NAME));
        const result = await writeReport(store.all(), request, out, settings.get());
        io.err(t('cli:exported', { count: result.count, path: result.path }));
      } else if (command === 'list') {
        const list = store.list();
        io.out(json ? JSON.stringify(list, null, 2) : formatList(list, store.path, t, language));
      } else {
        const d = store.get(rest[0]!);
        io.out(json ? JSON.stringify(d, null, 2) : formatDesignation(d, t, language));
      }
    } finally {
      await store.close();
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${t('cli:error', { message: e.message })}\n${t('cli:seeHelp')}`);
      return 2;
    }
    if (e instanceof CatalogError) {
      io.err(t('cli:error', { message: describeError(t, e) }));
      return 1;
    }
    io.err(t('cli:error', { message: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
}

/** `export` needs --report, --format and --out; --lang picks the report's language. */
function exportRequest(
  values: Record<string, unknown>,
  language: Language,
  t: TFunction,
): ExportRequest {
  const report = ReportKind.safeParse(values.report);
  if (!report.success) throw new UsageError(t('cli:badReport', { value: values.report ?? '' }));
  const format = ReportFormat.safeParse(values.format);
  if (!format.success) throw new UsageError(t('cli:badFormat', { value: values.format ?? '' }));
  if (typeof values.out !== 'string') throw new UsageError(t('cli:missingOut'));
  return { report: report.data, format: format.data, language, codes: null };
}

function checkOptions(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>, t: TFunction) {
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = OPTIONS[token.name as keyof typeof OPTIONS] as { type: string } | undefined;
    if (!spec) throw new UsageError(t('cli:unknownOption', { option: token.rawName }));
    if (spec.type === 'string' && !token.value) {
      throw new UsageError(t('cli:missingValue', { option: token.rawName }));
    }
  }
}
