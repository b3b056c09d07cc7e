import { SwitchyardError } from '../../errors.js';
import type { ResourceReference } from '../../resource-kit/define-resource.js';
import { errorTypeOf } from '../check-status.js';
import { describeRequest } from '../describe-request.js';
import { notFoundTypeOf } from '../names.js';
import type { ConformanceCaller, ConformanceRequest, ConformanceResponse } from '../options.js';
import type { RunContext } from '../run-context.js';

/** The answer a refused request must get: its status and NeutronError type. */
export interface Refusal {
  status: number;
  type: string;
}

/** As if the resource did not exist: `shelf` gives 404 `ShelfNotFound`. */
export function notFoundRefusal(resource: string): Refusal {
  return { status: 404, type: notFoundTypeOf(resource) };
}

/**
 * A reference to a resource the caller may not see: the refusal the reference declares
 * (`missing`, for services whose clients know another answer), else the referenced resource's 404.
 */
export function referenceRefusal(reference: ResourceReference, id: string, referrer: Readonly<Record<string, unknown>>): Refusal {
  const declared = reference.missing?.(id, referrer);
  if (declared instanceof SwitchyardError) return { status: declared.statusCode, type: declared.type };
  return notFoundRefusal(reference.resource);
}

/** Sends a request that must be refused as `subject.expected` says; records an isolation finding otherwise. */
export async function expectRefusal(
  context: RunContext,
  subject: { resource: string; what: string; expected: Refusal },
  caller: ConformanceCaller,
  request: ConformanceRequest,
): Promise<ConformanceResponse> {
  const response = await context.client.request(caller, request);
  const { expected } = subject;
  const type = errorTypeOf(response.json);
  if (response.status !== expected.status || type !== expected.type) {
    context.findings.add({
      check: 'isolation',
      resource: subject.resource,
      request: describeRequest(caller, request),
      message: `${subject.what}: expected ${expected.status} ${expected.type}, got ${response.status}${type === undefined ? '' : ` ${type}`}: ${response.text.slice(0, 200)}`,
    });
  }
  return response;
}

export function addIsolationFinding(context: RunContext, resource: string, request: string, message: string): void {
  context.findings.add({ check: 'isolation', resource, request, message });
}
