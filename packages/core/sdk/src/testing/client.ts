import type { FastifyInstance } from 'fastify';
import type { Resource } from '../resource-kit/define-resource.js';
import { describeRequest } from './describe-request.js';
import type { ConformanceCaller, ConformanceClient, ConformanceRequest, ConformanceResponse } from './options.js';

/** One request and its answer, as every check sees it. */
export interface Exchange {
  caller: ConformanceCaller;
  request: ConformanceRequest;
  response: ConformanceResponse;
}

export type ExchangeObserver = (exchange: Exchange) => void;

/**
 * Sends requests through `app.inject` (no port) and hands every exchange to the observer, so
 * fixtures' requests are checked (5xx, error bodies, contract) like the suite's own.
 */
export class InjectingClient implements ConformanceClient {
  #requests = 0;

  constructor(
    private readonly app: FastifyInstance,
    private readonly headersOf: (caller: ConformanceCaller) => Record<string, string>,
    private readonly observe: ExchangeObserver,
  ) {}

  get requests(): number {
    return this.#requests;
  }

  async request(caller: ConformanceCaller, request: ConformanceRequest): Promise<ConformanceResponse> {
    const json = request.body !== undefined;
    const payload = json ? JSON.stringify(request.body) : request.payload;
    const headers = { ...this.headersOf(caller), ...(json ? { 'content-type': 'application/json' } : {}), ...request.headers };
    const reply = await this.app.inject({ method: request.method, url: request.url, headers, ...(payload === undefined ? {} : { payload }) });
    const response: ConformanceResponse = { status: reply.statusCode, headers: reply.headers, text: reply.body, json: parseJson(reply.body) };
    this.#requests += 1;
    this.observe({ caller, request, response });
    return response;
  }

  async create(caller: ConformanceCaller, resource: Resource, attributes: Record<string, unknown> = {}): Promise<string> {
    const { resource: singular, path } = resource.declaration;
    const request: ConformanceRequest = { method: 'POST', url: path, body: { [singular]: attributes } };
    const response = await this.request(caller, request);
    const id = (response.json as Record<string, { id?: unknown } | undefined> | undefined)?.[singular]?.id;
    if (response.status !== 201 || typeof id !== 'string') {
      throw new Error(`${describeRequest(caller, request)} answered ${response.status}, not 201 with a ${singular} id: ${response.text.slice(0, 500)}`);
    }
    return id;
  }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
