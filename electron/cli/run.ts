import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { CatalogError } from '../../shared/errors';
import { createI18n, describeError, describeNotice, pickLanguage } from '../../shared/i18n';
import { Language } from '../../shared/model';
import { defaultCatalogPath } from '../services/settings/app-paths';
import { CatalogStore } from '../services/store/catalog-store';
import { COMMANDS, UsageError } from './commands';

export interface CliIo {
  argv: string[];
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  /** The catalog without --db: the running app's own (its data folder); else the installed app's. */
  defaultDb?: string;
}

const OPTIONS = {
  db: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  report: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  target: { type: 'string' },
  holds: { type: 'string', multiple: true },
  passed: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;
/**
 * Whether these arguments ask for the command line rather than the window: any
 * command word (a mistyped one gets the CLI's "unknown command") or --help. The
 * installed app's binary runs the CLI then.
 */
export function isCliInvocation(argv: string[]): boolean {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
  });
  return values.help === true || positionals.length > 0;
}

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
    const [name, ...args] = positionals;
    if (values.help) {
      io.out(t('cli:usage', { defaultPath: io.defaultDb ?? defaultCatalogPath(io.env) }));
      return 0;
    }
    if (!name) throw new UsageError(t('cli:missingCommand'));
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name)
      ? COMMANDS[name]
      : undefined;
    if (!command) throw new UsageError(t('cli:unknownCommand', { command: name }));
    command.check?.(args, values, t);

    // `npm run catalog` runs in the project folder; INIT_CWD is where the user typed it.
    const cwd = io.env.INIT_CWD ?? process.cwd();
    const path =
      typeof values.db === 'string'
        ? resolve(cwd, values.db)
        : (io.defaultDb ?? defaultCatalogPath(io.env));
    const store = await CatalogStore.open({ path, readOnly: !command.writes(values, args) });
    try {
      if (store.notices.some((n) => n.code === 'created'))
        io.err(t('cli:created', { path: store.path }));
      for (const n of store.notices.filter((x) => x.code !== 'created'))
        io.err(describeNotice(t, n, language));
      return await command.run({ store, t, language, args, values, cwd, out: io.out, err: io.err });
    } finally {
      await store.close();
    }
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
