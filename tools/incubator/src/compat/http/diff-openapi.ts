import { apiCompare } from 'api-smart-diff';
import type { ApiChange } from '../api-change.js';
import { elementName, locateChange } from './change-location.js';
import { classifyChange } from './http-change-rules.js';
import { KEYED_PARAMETERS, type OpenApiDocument, type Operation, keyParameters, operationsOf, parseOpenApi } from './openapi-operations.js';

/**
 * The HTTP API changes between a package's released OpenAPI document and its current one.
 * Operations are matched by `METHOD path`; only operations whose text differs go through
 * api-smart-diff (it is slow on whole documents), and our rules decide what breaks.
 */
export function diffOpenApi(released: string, current: string): ApiChange[] {
  if (released === current) return [];
  const before = parseOpenApi(released, 'the released OpenAPI document');
  const after = parseOpenApi(current, 'the current OpenAPI document');
  const beforeOperations = operationsOf(before);
  const afterOperations = operationsOf(after);
  const changes: ApiChange[] = [];
  for (const [key, operation] of beforeOperations) {
    const now = afterOperations.get(key);
    if (now === undefined) changes.push(http(key, 'operation removed', true));
    else changes.push(...diffOperation(operation, now, before, after));
  }
  for (const key of afterOperations.keys()) {
    if (!beforeOperations.has(key)) changes.push(http(key, 'operation added', false));
  }
  return changes;
}

function diffOperation(before: Operation, after: Operation, beforeDocument: OpenApiDocument, afterDocument: OpenApiDocument): ApiChange[] {
  if (JSON.stringify(before.body) === JSON.stringify(after.body)) return [];
  const { diffs } = apiCompare(alone(before, beforeDocument), alone(after, afterDocument));
  return diffs.flatMap((diff) => {
    const location = locateChange(diff.path.slice(3), KEYED_PARAMETERS);
    const verdict = classifyChange({
      action: diff.action,
      location,
      before: diff.before,
      after: diff.after,
      library: { breaking: diff.type === 'breaking', description: diff.description },
    });
    return verdict === null ? [] : [http(elementName(before.key, location, verdict.field), verdict.change, verdict.breaking)];
  });
}

/** One operation as a document of its own (with the components its `$ref`s may point into). */
function alone(operation: Operation, document: OpenApiDocument): object {
  return {
    openapi: document.openapi ?? '3.0.3',
    info: { title: '', version: '' },
    paths: { [operation.path]: { [operation.method]: keyParameters(operation.body) } },
    ...(document.components === undefined ? {} : { components: document.components }),
  };
}

function http(element: string, change: string, breaking: boolean): ApiChange {
  return { surface: 'http', element, change, breaking };
}
