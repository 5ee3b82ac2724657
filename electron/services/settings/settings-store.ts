import { readFile } from 'node:fs/promises';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/model';
import { writeFileDurably } from '../storage/durable-write';

/** Preferences in a small JSON file; a missing or unreadable file means the defaults. */
export class SettingsStore {
  private constructor(
    readonly path: string,
    private current: Settings,
  ) {}

  static async open(path: string): Promise<SettingsStore> {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    let stored: unknown = {};
    try {
      stored = text ? JSON.parse(text) : {};
    } catch {
      // A damaged settings file is not worth an error: start from the defaults.
    }
    const merged = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(stored as object) });
    return new SettingsStore(path, merged.success ? merged.data : DEFAULT_SETTINGS);
  }

  get(): Settings {
    return this.current;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    // A key sent as undefined (IPC keeps them) changes nothing, as a key left out does.
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = Settings.parse({ ...this.current, ...changes });
    await writeFileDurably(
      this.path,
      new TextEncoder().encode(`${JSON.stringify(next, null, 2)}\n`),
    );
    this.current = next;
    return next;
  }
}
