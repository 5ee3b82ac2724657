import { extname } from 'node:path';

/**
 * The chosen path with the format's extension: the GTK save dialog on Linux returns
 * the name as typed, without the filter's extension.
 */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension.toLowerCase()}`
    ? path
    : `${path}.${extension}`;
}
