import type { CliView } from '@switchyard/sdk';
import { badResponse } from '../errors.js';
import { formatFields, formatTable } from './table.js';

export interface Printer {
  print(body: unknown, view: CliView): void;
  note(text: string): void;
}

/**
 * Prints answers as tables for people, or as the server's JSON with `--json` (read when
 * printing, because options are parsed after the commands that print are built).
 */
export function createPrinter(write: (text: string) => void, wantsJson: () => boolean): Printer {
  return {
    print(body, view) {
      if (wantsJson()) return write(`${JSON.stringify(body, null, 2)}\n`);
      if ('collection' in view) return write(formatTable(pickList(body, view.collection), view.columns));
      write(formatFields(view.enveloped === false ? asObject(body, view.resource) : pickResource(body, view.resource)));
    },
    note(text) {
      if (!wantsJson()) write(`${text}\n`);
    },
  };
}

function pickList(body: unknown, collection: string): Record<string, unknown>[] {
  const list = (body as Record<string, unknown> | undefined)?.[collection];
  if (!Array.isArray(list)) throw badResponse(`expected a "${collection}" list in the server's answer`);
  return list as Record<string, unknown>[];
}

function pickResource(body: unknown, resource: string): Record<string, unknown> {
  return asObject((body as Record<string, unknown> | undefined)?.[resource], resource);
}

function asObject(found: unknown, resource: string): Record<string, unknown> {
  if (typeof found !== 'object' || found === null) throw badResponse(`expected a "${resource}" object in the server's answer`);
  return found as Record<string, unknown>;
}
