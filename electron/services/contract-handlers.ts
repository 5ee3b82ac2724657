import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '../../shared/contract';
import { CatalogError, type FieldIssue, type Outcome } from '../../shared/errors';
import type { CatalogStore } from './catalog-store';

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** The services behind each contract method. */
export function createHandlers(store: CatalogStore): Handlers {
  return {
    getCatalogInfo: () => store.info(),
    listDesignations: () => store.list(),
    getDesignation: ({ code }) => store.get(code),
    createDesignation: ({ designation }) => store.create(designation),
    updateDesignation: ({ code, designation }) => store.update(code, designation),
    deleteDesignation: ({ code }) => store.delete(code),
  };
}

/** zod issues as field issues; our own rules already carry an i18n key as message. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message:
      i.code === 'custom' || /^[a-z]+\.[a-z]+$/.test(i.message) ? i.message : `zod.${i.code}`,
  }));
}

export type Dispatch = (method: unknown, input: unknown) => Promise<Outcome<unknown>>;

/**
 * One entry point for every transport (Electron IPC, the test bridge): checks
 * the method and its input against the contract, runs the handler, and turns
 * every failure into a typed error. Nothing is thrown out of it.
 */
export function createDispatcher(
  handlers: Handlers,
  logError: (e: unknown) => void = (e) => console.error(e),
): Dispatch {
  return async (method, input) => {
    try {
      if (!isMethodName(method)) {
        throw new CatalogError('INVALID_INPUT', { method: String(method).slice(0, 100) });
      }
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new CatalogError('INVALID_INPUT', { method }, toFieldIssues(parsed.error));
      }
      const run = handlers[method] as (i: unknown) => unknown;
      return { ok: true, value: await run(parsed.data) };
    } catch (e) {
      if (e instanceof CatalogError) return { ok: false, error: e.toPayload() };
      logError(e);
      return { ok: false, error: { code: 'INTERNAL', params: {}, issues: [] } };
    }
  };
}
