import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Exchange } from '../client.js';
import { type MatchedOperation, documentedResponse, documentedStatuses, matchOperation } from './match-operation.js';
import type { OpenApiDocument } from './openapi-document.js';

export interface ContractViolation {
  /** `GET /v2.0/shelves/{id}`. */
  operation: string;
  status: number;
  message: string;
  /** Groups violations with the same cause. */
  key: string;
}

/**
 * Validates each JSON response against the schema the OpenAPI document gives for its operation
 * and status. Formats are not checked (the document's formats are hints for clients); every other
 * keyword is, `nullable` included.
 */
export class ContractValidator {
  readonly #ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  readonly #compiled = new Map<string, ValidateFunction | Error>();

  constructor(private readonly document: OpenApiDocument) {}

  check(exchange: Exchange): ContractViolation | undefined {
    const { request, response } = exchange;
    // A 5xx is a finding of its own; its body says nothing about the contract.
    if (response.status >= 500) return undefined;
    const matched = matchOperation(this.document, request.method, request.url);
    if (matched === undefined) return undefined;
    const documented = documentedResponse(matched.operation, response.status);
    if (documented === undefined) return this.#undocumented(matched, response.status);
    if (documented.schema === undefined) return undefined;
    const violation = (message: string, cause: string) => ({ operation: matched.label, status: response.status, message, key: `${matched.label} ${response.status} ${cause}` });
    if (response.json === undefined) return violation(`the body is not JSON, though response ${documented.key} is documented as JSON: ${response.text.slice(0, 200)}`, 'not-json');
    const validate = this.#validator(`${matched.label} ${documented.key}`, documented.schema);
    if (validate instanceof Error) return violation(`the document's schema for response ${documented.key} does not compile: ${validate.message}`, 'compile');
    if (validate(response.json)) return undefined;
    const [error] = validate.errors ?? [];
    return violation(`the body breaks the schema of response ${documented.key}: ${describeAjvError(error)}`, `${error?.instancePath} ${error?.keyword}`);
  }

  #undocumented(matched: MatchedOperation, status: number): ContractViolation {
    const listed = documentedStatuses(matched.operation).join(', ') || 'none';
    return { operation: matched.label, status, message: `status ${status} is not documented for it (documented: ${listed})`, key: `${matched.label} ${status} undocumented` };
  }

  #validator(key: string, schema: unknown): ValidateFunction | Error {
    let compiled = this.#compiled.get(key);
    if (compiled === undefined) {
      compiled = compileWithComponents(this.#ajv, schema, this.document.components);
      this.#compiled.set(key, compiled);
    }
    return compiled;
  }
}

/** Wrapped so that the document's `#/components/...` references resolve inside the compiled schema. */
function compileWithComponents(ajv: Ajv, schema: unknown, components: unknown): ValidateFunction | Error {
  try {
    return ajv.compile({ allOf: [schema], ...(components === undefined ? {} : { components }) });
  } catch (caught) {
    return caught instanceof Error ? caught : new Error(String(caught));
  }
}

/** `at /shelf/status: must be equal to one of the allowed values {"allowedValues":["ACTIVE","DOWN"]}`. */
export function describeAjvError(error: ErrorObject | undefined): string {
  if (error === undefined) return 'invalid';
  return `at ${error.instancePath || '(root)'}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}
