import { describeRequest } from '../describe-request.js';
import type { ConformanceRequest } from '../options.js';
import type { RunContext } from '../run-context.js';
import { ContractValidator } from './contract-validator.js';
import { isOpenApiDocument } from './openapi-document.js';

/**
 * Fetches the app's OpenAPI document (as the admin) and arms the contract check with it. An
 * answer that is not a document is a contract finding, unless the caller said there is none
 * (`openapiUrl: false`). Returns the note.
 */
export async function loadContract(context: RunContext): Promise<string> {
  const { admin } = context.options.callers;
  const url = context.options.openapiUrl;
  if (url === false) return 'not checked: the app serves no OpenAPI document (openapiUrl: false)';
  const request: ConformanceRequest = { method: 'GET', url };
  const response = await context.client.request(admin, request);
  if (response.status !== 200 || !isOpenApiDocument(response.json)) {
    context.findings.add({
      check: 'contract',
      request: describeRequest(admin, request),
      message:
        `GET ${url} answered ${response.status} without an OpenAPI document (an object with "paths"): ${response.text.slice(0, 200)}; ` +
        'serve the document there, pass openapiUrl where it is, or openapiUrl: false when the app serves none',
    });
    return `not checked: GET ${url} gave no OpenAPI document`;
  }
  context.checks.contract = new ContractValidator(response.json);
  return `checked against GET ${url}`;
}
