import type { ImportPreview } from '../../../shared/model';

/** One problem in an import file, for the preview: which row, which field, what (an i18n key). */
export type RowError = ImportPreview['errors'][number];

/** How many errors a preview keeps and shows; the rest are counted. */
export const MAX_SHOWN_ERRORS = 200;

/**
 * The first errors of a file by row, and how many there are in all. Memory
 * stays bounded whatever the file holds (600,000 bad lines keep 200 errors),
 * and errors found in a later pass still take their place by row.
 */
export class ErrorList {
  private kept: RowError[] = [];
  count = 0;

  constructor(private readonly limit = MAX_SHOWN_ERRORS) {}

  add(row: number, field: string, message: string, params: RowError['params'] = {}): void {
    this.count++;
    this.kept.push({ row, field, message, params });
    if (this.kept.length >= 2 * this.limit) this.trim();
  }

  /** The first errors, by row; within a row in the order they were found. */
  first(): RowError[] {
    this.trim();
    return [...this.kept];
  }

  private trim(): void {
    this.kept.sort((a, b) => a.row - b.row); // stable: a row's errors keep their order
    this.kept.length = Math.min(this.kept.length, this.limit);
  }
}
