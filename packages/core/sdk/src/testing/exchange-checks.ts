import type { Resource } from '../resource-kit/define-resource.js';
import { checkStatus } from './check-status.js';
import type { Exchange } from './client.js';
import type { ContractValidator } from './contract/contract-validator.js';
import { describeRequest } from './describe-request.js';
import type { FindingCollector } from './findings.js';
import { LeakDetector } from './leaks.js';
import { operationOf } from './operation-of.js';

/**
 * What every response is checked for, whichever part of the suite sent the request: no 5xx,
 * NeutronError bodies, the OpenAPI contract (once the document is loaded) and, for project B,
 * no leak of project A's values (once they are known).
 */
export class ExchangeChecks {
  readonly leaks = new LeakDetector();
  contract: ContractValidator | undefined;

  constructor(
    private readonly resources: readonly Resource[],
    private readonly findings: FindingCollector,
  ) {}

  observe(exchange: Exchange): void {
    const operation = operationOf(this.resources, exchange.request.method, exchange.request.url);
    // A response already reported as a 5xx or a bare 4xx is not reported again for its schema.
    const reported = checkStatus(exchange, operation, this.findings);
    const violation = reported ? undefined : this.contract?.check(exchange);
    if (violation) {
      this.findings.add({
        check: 'contract',
        resource: operation.resource,
        request: describeRequest(exchange.caller, exchange.request),
        message: `${violation.operation} answered ${violation.status}: ${violation.message}`,
        key: violation.key,
      });
    }
    const leaked = this.leaks.check(exchange);
    if (leaked) {
      this.findings.add({
        check: 'leak',
        resource: operation.resource,
        request: describeRequest(exchange.caller, exchange.request),
        message: `${operation.label} answered ${exchange.response.status} to project B with ${leaked.label}: ${excerptAround(exchange.response.text, leaked.value)}`,
        key: `${operation.label} ${leaked.label}`,
      });
    }
  }
}

function excerptAround(text: string, value: string): string {
  const at = text.indexOf(value);
  return text.slice(Math.max(0, at - 80), at + value.length + 80);
}
