import type { Designation } from '../../../shared/model';
import { planImport, type ImportPlan } from './import-plan';
import { parseCsv, parseJson } from './import-rows';
import { decodeImportText, readImportBytes } from './import-source';

/**
 * Reads an import file and works out what importing it would do to `catalog`:
 * the whole of the work an import preview does, and all of it plain
 * computation on copies, so it can run on a worker thread.
 */
export async function previewFile(
  path: string,
  catalog: readonly Designation[],
): Promise<ImportPlan> {
  const text = decodeImportText(await readImportBytes(path));
  const json = /\.json$/i.test(path) || /^\uFEFF?\s*[{[]/.test(text);
  return planImport(json ? parseJson(text) : parseCsv(text), catalog);
}
