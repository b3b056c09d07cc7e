/** One request through the load balancer, as the workload saw it. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  // The API's JSON, read by the checks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** Who answered (HAProxy's `x-replica`), or what failed before any answer. */
  replica: string;
  startedAt: number;
  endedAt: number;
}

/** A small HTTP client that keeps every exchange, so the checks judge all of them at the end. */
export class Client {
  readonly exchanges: Exchange[] = [];

  constructor(
    private readonly url: string,
    private readonly project: string,
  ) {}

   
  async send(method: string, path: string, body?: unknown): Promise<Exchange> {
    const startedAt = Date.now();
    const exchange = await fetch(`${this.url}${path}`, {
      method,
      headers: { 'x-project-id': this.project, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(
      async (response) => {
        const text = await response.text();
        return { status: response.status, body: parse(text), replica: response.headers.get('x-replica') ?? '' };
      },
      (error: Error) => ({ status: 0, body: `${error.message}: ${String((error.cause as Error | undefined)?.message)}`, replica: '' }),
    );
    const recorded = { method, path, ...exchange, startedAt, endedAt: Date.now() };
    this.exchanges.push(recorded);
    return recorded;
  }
}

function parse(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}

export function succeeded(exchange: Exchange): boolean {
  return exchange.status >= 200 && exchange.status < 300;
}
