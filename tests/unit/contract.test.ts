import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_ERRORS, contract, METHOD_NAMES, type MethodName } from '../../shared/contract';
import type { CatalogStore } from '../../electron/services/store/catalog-store';
import { openServices } from '../../electron/services/open-services';
import {
  createDispatcher,
  createHandlers,
  type Dispatch,
} from '../../electron/services/contract-handlers';
import { writeReport } from '../../electron/services/reports/export-report';
import { sampleDesignation } from '../support/designations';
import { makeTempDir } from '../support/temp';
import { diskBytes } from '../support/sqlite-file';

let services: Awaited<ReturnType<typeof openServices>>;
let store: CatalogStore;
let dispatch: Dispatch;
let path: string;
const logged: unknown[] = [];
const revealed: [string, string][] = [];
let importFile = '';

beforeAll(async () => {
  path = join(await makeTempDir(), 'catalog.db');
  importFile = join(dirname(path), 'import.json');
  services = {
    ...(await openServices({ path })),
    chooseSavePath: async (name) => join(dirname(path), name),
    reveal: async (p, how) => void revealed.push([p, how]),
    chooseImportPath: async () => importFile,
  };
  await writeReport(
    services.store.all(),
    { report: 'sheets', format: 'json', language: 'en', codes: null },
    importFile,
    {
      organisationName: '',
      csvDelimiter: 'auto',
    },
  );
  store = services.store;
  dispatch = createDispatcher(createHandlers(services), (e) => logged.push(e));
});
afterAll(() => services.close());

const errorCode = async (method: unknown, input: unknown) => {
  const outcome = await dispatch(method, input);
  return outcome.ok ? 'ok' : outcome.error.code;
};

describe('the contract', () => {
  it('has a handler for every method and nothing else', () => {
    expect(Object.keys(createHandlers(services)).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('answers valid calls with values its output schemas accept', async () => {
    const calls: { [M in MethodName]: unknown } = {
      getCatalogInfo: {},
      listDesignations: {},
      getDesignation: { code: 'AIS' },
      createDesignation: { designation: sampleDesignation() },
      updateDesignation: { code: 'TST', designation: sampleDesignation({ status: 'retired' }) },
      deleteDesignation: { code: 'TST' },
      restoreDesignation: 'the value deleteDesignation returned',
      undo: {},
      redo: {},
      listHistory: { code: 'TST', limit: 10 },
      previewImport: {},
      previewImportPage: { part: 'changed', from: 0, count: 10 },
      applyImport: {},
      openCatalog: { recent: null },
      saveCopyAs: {},
      listBackups: {},
      backupNow: {},
      restoreBackup: 'the name backupNow returned',
      exportReport: { request: { report: 'overview', format: 'csv', language: 'nb', codes: null } },
      cancelExport: {},
      revealExport: 'the path exportReport returned',
      planStudy: { request: { target: 'AIS', holds: ['ARM'], passed: [] } },
      exportPlan: {
        request: { target: 'AIS', holds: [], passed: [] },
        printout: { language: 'nb', person: 'Kari', date: '' },
      },
      exportMap: {
        layout: {
          width: 160,
          height: 50,
          nodes: [{ code: 'AIS', x: 0, y: 0, width: 150, height: 44 }],
          edges: [],
          groups: [],
        },
        format: 'svg',
        language: 'en',
      },
      getSettings: {},
      updateSettings: { settings: { language: 'nb' } },
    };
    let deleted: unknown;
    let exported = '';
    let backup = '';
    for (const method of METHOD_NAMES) {
      const input =
        method === 'restoreDesignation'
          ? { deleted }
          : method === 'revealExport'
            ? { path: exported, how: 'folder' }
            : method === 'restoreBackup'
              ? { name: backup }
              : calls[method];
      const outcome = await dispatch(method, input);
      expect([method, outcome.ok]).toEqual([method, true]);
      if (outcome.ok) contract[method].output.parse(outcome.value);
      if (outcome.ok && method === 'deleteDesignation') deleted = outcome.value;
      if (outcome.ok && method === 'backupNow') backup = (outcome.value as { name: string }).name;
      if (outcome.ok && method === 'exportReport')
        exported = (outcome.value as { path: string }).path;
    }
    expect(store.get('TST').status).toBe('retired');
    expect(revealed).toEqual([[exported, 'folder']]);
    expect(exported).toMatch(/katalogoversikt-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('treats a setting sent as undefined as left out, not as a failed save', async () => {
    const before = await dispatch('getSettings', {});
    const outcome = await dispatch('updateSettings', { settings: { organisationName: undefined } });
    expect(outcome).toEqual(before);
  });

  it('raises only the errors a method declares', async () => {
    const declared = (m: MethodName) => [...COMMON_ERRORS, ...contract[m].errors];
    expect(declared('createDesignation')).toContain(
      await errorCode('createDesignation', { designation: sampleDesignation({ code: 'AIS' }) }),
    );
    expect(declared('getDesignation')).toContain(
      await errorCode('getDesignation', { code: 'NOPE' }),
    );
    const unknownPlan = { target: 'NOPE', holds: ['ARM'], passed: [] };
    expect(await errorCode('planStudy', { request: unknownPlan })).toBe('NOT_FOUND');
    expect(
      await errorCode('exportPlan', {
        request: unknownPlan,
        printout: { language: 'en', person: '', date: '' },
      }),
    ).toBe('NOT_FOUND');
    const badLayout = { width: Infinity, height: 1, nodes: [], edges: [], groups: [] };
    expect(await errorCode('exportMap', { layout: badLayout, format: 'svg', language: 'en' })).toBe(
      'INVALID_INPUT',
    );
    expect(declared('updateDesignation')).toContain(
      await errorCode('updateDesignation', { code: 'NOPE', designation: sampleDesignation() }),
    );
  });
});

describe('bad payloads', () => {
  const malformed: [string, unknown, unknown][] = [
    ['an unknown method', 'dropDatabase', {}],
    ['a method name from the prototype', 'constructor', {}],
    ['a number for input', 'getDesignation', 42],
    ['a string for input', 'getDesignation', 'AIS'],
    ['an array for input', 'listDesignations', []],
    ['a missing code', 'getDesignation', {}],
    ['a code of the wrong type', 'deleteDesignation', { code: 7 }],
    ['a code with SQL in it', 'deleteDesignation', { code: "AIS'; DROP TABLE designation;--" }],
    ['an extra field', 'getCatalogInfo', { admin: true }],
    ['a designation missing fields', 'createDesignation', { designation: { code: 'NEW' } }],
    [
      'a designation with a bad enum',
      'createDesignation',
      { designation: { ...sampleDesignation(), status: 'deleted' } },
    ],
    [
      'a designation with min above max',
      'updateDesignation',
      { code: 'AIS', designation: sampleDesignation({ durationMonths: { min: 9, max: 1 } }) },
    ],
    [
      'a prototype-polluting payload',
      'createDesignation',
      JSON.parse('{"designation": {"__proto__": {"polluted": true}}}'),
    ],
    [
      'text far too long',
      'createDesignation',
      {
        designation: sampleDesignation({ sources: { nb: 'x'.repeat(1_000_000), en: '' } }),
      },
    ],
  ];

  it.each(malformed)(
    '%s gets INVALID_INPUT and leaves the file untouched',
    async (_, method, input) => {
      const before = await diskBytes(path);
      expect(await errorCode(method, input)).toBe('INVALID_INPUT');
      expect((await diskBytes(path)).equals(before)).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('say which field is wrong, with a translatable message', async () => {
    const outcome = await dispatch('createDesignation', {
      designation: sampleDesignation({ code: 'bad code', durationMonths: { min: 5, max: 2 } }),
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.issues).toEqual([
        { path: ['designation', 'code'], message: 'code.space' },
        { path: ['designation', 'durationMonths', 'min'], message: 'duration.order' },
      ]);
    }
  });

  it('opening a file that was not exported here is refused', async () => {
    expect(await errorCode('revealExport', { path: '/etc/passwd', how: 'open' })).toBe('NOT_FOUND');
    expect(revealed.map(([p]) => p)).not.toContain('/etc/passwd');
  });

  it('a failure inside a handler comes back as INTERNAL, never as a throw', async () => {
    const broken = createDispatcher(
      {
        ...createHandlers(services),
        listDesignations: () => {
          throw new TypeError('boom');
        },
      },
      (e) => logged.push(e),
    );
    expect(await broken('listDesignations', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', params: {}, issues: [] },
    });
    expect(logged.at(-1)).toBeInstanceOf(TypeError);
  });
});

describe('opening another catalog', () => {
  it('remembers both catalogs, newest first, and tells the menu (File > Open Recent)', async () => {
    const dir = await makeTempDir();
    const first = join(dir, 'first.db');
    const second = join(dir, 'second.db');
    const told: string[][] = [];
    const own = await openServices(
      { path: first },
      {
        chooseCatalogPath: async () => second,
        onSettingsChanged: (s) => void told.push(s.recentFiles),
      },
    );
    const call = createDispatcher(createHandlers(own));
    const opened = await call('openCatalog', { recent: null });
    expect(opened).toMatchObject({ ok: true, value: { status: 'opened' } });
    expect(told.at(-1)).toEqual([second, first]);
    // Back again through the list, as the menu's command does.
    await call('openCatalog', { recent: first });
    expect(told.at(-1)).toEqual([first, second]);
    await own.close();
  });
});
