import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_ERRORS, contract, METHOD_NAMES, type MethodName } from '../../shared/contract';
import { ERROR_CODES } from '../../shared/errors';
import {
  createDispatcher,
  createHandlers,
  type Dispatch,
} from '../../electron/services/contract-handlers';
import { openServices } from '../../electron/services/open-services';
import { sampleDesignation } from '../support/designations';
import { makeTempDir } from '../support/temp';
import { diskBytes } from '../support/sqlite-file';

// PAYLOADS=20000 npm run test:unit -- hostile  runs the long version.
const RUNS = Number(process.env.PAYLOADS ?? 300);

let services: Awaited<ReturnType<typeof openServices>>;
let dispatch: Dispatch;
let path: string;
const internal: unknown[] = [];
let tried = 0;

beforeAll(async () => {
  path = join(await makeTempDir(), 'catalog.db');
  services = await openServices({ path });
  dispatch = createDispatcher(createHandlers(services), (e) => internal.push(e));
});
afterAll(async () => {
  await services.close();
  console.log(`hostile IPC: ${tried} payloads tried, ${internal.length} internal errors`);
});

/** Anything JSON-like, including prototype keys, huge strings and deep nesting. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }),
  fc.jsonValue({ maxDepth: 5 }),
  fc
    .string({ maxLength: 50 })
    .map((s) => JSON.parse(`{"__proto__": {"polluted": ${JSON.stringify(s)}}}`)),
);

/** A valid designation with one field replaced by junk: closer to what a buggy renderer sends. */
const mutated = fc
  .tuple(fc.constantFrom(...Object.keys(sampleDesignation())), junk)
  .map(([key, value]) => ({
    designation: { ...sampleDesignation({ code: 'FUZZ' }), [key]: value },
  }));

describe.each(METHOD_NAMES)('%s, under random and malformed payloads', (method: MethodName) => {
  it('always answers with a value or a declared, typed error, and never throws', async () => {
    const declared = new Set<string>([...COMMON_ERRORS, ...contract[method].errors]);
    await fc.assert(
      fc.asyncProperty(fc.oneof(junk, mutated), async (payload) => {
        tried++;
        const before = await diskBytes(path);
        const outcome = await dispatch(method, payload);
        if (outcome.ok) return; // a payload can happen to be valid (an empty object, say)
        expect(ERROR_CODES).toContain(outcome.error.code);
        expect(declared.has(outcome.error.code)).toBe(true);
        expect(outcome.error.code).not.toBe('INTERNAL');
        // Refused means untouched, byte for byte.
        expect((await diskBytes(path)).equals(before)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(internal).toEqual([]);
  }, 120_000);
});

it('refuses calls to methods that are not in the contract', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string(), fc.anything(), async (name, payload) => {
      fc.pre(!(METHOD_NAMES as string[]).includes(name));
      tried++;
      const outcome = await dispatch(name, payload);
      expect(outcome).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }),
    { numRuns: RUNS },
  );
});
