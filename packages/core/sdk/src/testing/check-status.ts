import type { Exchange } from './client.js';
import { describeRequest } from './describe-request.js';
import type { FindingCollector } from './findings.js';
import type { OperationLabel } from './operation-of.js';

/**
 * Zero 5xx, and every 4xx explains itself in Neutron's shape: `{"NeutronError": {type, message, code}}`.
 * Returns whether it recorded a finding.
 */
export function checkStatus(exchange: Exchange, operation: OperationLabel, findings: FindingCollector): boolean {
  const { status, text, json } = exchange.response;
  if (status >= 500) {
    findings.add({
      check: 'server-error',
      resource: operation.resource,
      request: describeRequest(exchange.caller, exchange.request),
      message: `${operation.label} answered ${status}: ${text.slice(0, 200)}`,
      key: `${operation.label} ${status} ${errorTypeOf(json) ?? ''}`,
    });
    return true;
  }
  if (status >= 400 && !isNeutronError(json)) {
    findings.add({
      check: 'error-body',
      resource: operation.resource,
      request: describeRequest(exchange.caller, exchange.request),
      message: `${operation.label} answered ${status} without a NeutronError body ({"NeutronError": {"type", "message", "code"}}): ${text.slice(0, 200)}`,
      key: `${operation.label} ${status}`,
    });
    return true;
  }
  return false;
}

function isNeutronError(json: unknown): boolean {
  const error = (json as { NeutronError?: Record<string, unknown> } | undefined)?.NeutronError;
  return typeof error === 'object' && error !== null && ['type', 'message', 'code'].every((key) => typeof error[key] === 'string');
}

export function errorTypeOf(json: unknown): string | undefined {
  const type = (json as { NeutronError?: { type?: unknown } } | undefined)?.NeutronError?.type;
  return typeof type === 'string' ? type : undefined;
}
