import { describeRequest } from '../describe-request.js';
import type { ConformanceRequest } from '../options.js';
import type { RunContext } from '../run-context.js';
import { ContractValidator } from './contract-validator.js';
import { isOpenApiDocument } from './openapi-document.js';

/**
 * Fetches the app's OpenAPI document (as the admin) and arms the contract check with it.
 * An app that serves none (404) skips the check, and the note says so; any other answer that is
 * not a document is a contract finding. Returns the note.
 */
export async function loadContract(context: RunContext): Promise<string> {
  const { admin } = context.options.callers;
  const url = context.options.openapiUrl;
  const request: ConformanceRequest = { method: 'GET', url };
  const response = await context.client.request(admin, request);
  if (response.status === 404) return `skipped: GET ${url} answered 404 (the app serves no OpenAPI document there; pass openapiUrl if it is elsewhere)`;
  if (response.status !== 200 || !isOpenApiDocument(response.json)) {
    context.findings.add({
      check: 'contract',
      request: describeRequest(admin, request),
      message: `GET ${url} answered ${response.status} without an OpenAPI document (an object with "paths"): ${response.text.slice(0, 200)}`,
    });
    return `not checked: GET ${url} gave no OpenAPI document`;
  }
  context.checks.contract = new ContractValidator(response.json);
  return `checked against GET ${url}`;
}
