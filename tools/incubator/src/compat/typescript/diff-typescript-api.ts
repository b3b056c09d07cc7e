import type { ApiChange } from '../api-change.js';
import { type ApiElement, readApiSurface } from './api-surface.js';
import { loadApiPackage } from './load-api-package.js';
import {
  type TypeScriptChange,
  addedMember,
  changedReleaseTag,
  changedSignature,
  findInputInterfaces,
  isProtected,
  removedExport,
  removedMember,
} from './typescript-change-rules.js';

/**
 * Compares a package's released doc model (api/released/model.api.json) with its current one and
 * lists every change, each marked breaking or not by the rules in typescript-change-rules.ts.
 * Changes to declarations released as `@beta` or `@alpha` are listed but never breaking.
 */
export function diffTypeScriptApi(released: string, current: string): ApiChange[] {
  const before = readApiSurface(loadApiPackage(released, 'released model.api.json'));
  const after = readApiSurface(loadApiPackage(current, 'current model.api.json'));
  const beforeByName = new Map(before.map((element) => [element.element, element]));
  const afterByName = new Map(after.map((element) => [element.element, element]));
  const changes = [...removals(before, after, afterByName), ...modifications(before, afterByName), ...additions(after, beforeByName)];
  return changes.map((change) => ({ surface: 'typescript', ...change }));
}

function removals(before: ApiElement[], after: ApiElement[], afterByName: Map<string, ApiElement>): TypeScriptChange[] {
  const addedExports = after.filter((element) => element.parent === undefined && !before.some((old) => old.element === element.element));
  return before
    .filter((element) => !afterByName.has(element.element))
    .filter((element) => element.parent === undefined || afterByName.has(`export ${element.parent}`))
    .map((element) => weigh(element, element.parent === undefined ? removedExport(element, addedExports) : removedMember(element)));
}

function modifications(before: ApiElement[], afterByName: Map<string, ApiElement>): TypeScriptChange[] {
  return before.flatMap((element) => {
    const current = afterByName.get(element.element);
    if (!current) return [];
    return [changedReleaseTag(element, current), changedSignature(element, current)]
      .filter((change): change is TypeScriptChange => change !== undefined)
      .map((change) => (change.change.startsWith('release tag') ? change : weigh(element, change)));
  });
}

function additions(after: ApiElement[], beforeByName: Map<string, ApiElement>): TypeScriptChange[] {
  const inputInterfaces = findInputInterfaces(after);
  return after
    .filter((element) => !beforeByName.has(element.element))
    .flatMap((element) => {
      if (element.parent === undefined) return [{ element: element.element, change: 'added', breaking: false }];
      const parent = beforeByName.get(`export ${element.parent}`);
      return parent ? [weigh(parent, addedMember(element, inputInterfaces))] : [];
    });
}

/** Only what was released as `@public` can break; the rest is reported as information. */
function weigh(released: ApiElement, change: TypeScriptChange): TypeScriptChange {
  if (!change.breaking || isProtected(released)) return change;
  return { ...change, change: `${change.change} (was ${released.releaseTag || 'untagged'}, not a compatibility promise)`, breaking: false };
}
