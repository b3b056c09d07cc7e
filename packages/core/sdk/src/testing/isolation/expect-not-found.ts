import { errorTypeOf } from '../check-status.js';
import { describeRequest } from '../describe-request.js';
import type { ConformanceCaller, ConformanceRequest, ConformanceResponse } from '../options.js';
import type { RunContext } from '../run-context.js';
import { notFoundTypeOf } from '../names.js';

/**
 * Sends a request that must fail as if the target did not exist: 404 with the NeutronError type
 * of `missing` ("ShelfNotFound"). Records an isolation finding otherwise; returns the answer.
 */
export async function expectNotFound(
  context: RunContext,
  subject: { resource: string; missing: string; what: string },
  caller: ConformanceCaller,
  request: ConformanceRequest,
): Promise<ConformanceResponse> {
  const response = await context.client.request(caller, request);
  const expected = notFoundTypeOf(subject.missing);
  const type = errorTypeOf(response.json);
  if (response.status !== 404 || type !== expected) {
    context.findings.add({
      check: 'isolation',
      resource: subject.resource,
      request: describeRequest(caller, request),
      message: `${subject.what}: expected 404 ${expected}, got ${response.status}${type === undefined ? '' : ` ${type}`}: ${response.text.slice(0, 200)}`,
    });
  }
  return response;
}

export function addIsolationFinding(context: RunContext, resource: string, request: string, message: string): void {
  context.findings.add({ check: 'isolation', resource, request, message });
}
