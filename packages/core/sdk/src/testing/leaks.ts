import type { Exchange } from './client.js';

/** A value only project A may know, and how to name it in a finding. */
export interface Secret {
  value: string;
  label: string;
  /**
   * Excused only in the answer to the request that sent it. For A's project id: B sends it only
   * to try creating into A's project, which stores nothing of B's to read back.
   */
  perRequest?: boolean;
}

/**
 * Finds project A's values in what project B is told. A value B has sent itself (the id it
 * asked about, or stored in its own resource and reads back) is no leak; any other id, name or
 * attribute value of A's is.
 */
export class LeakDetector {
  #secrets: readonly Secret[] = [];
  readonly #sentByB = new Set<string>();

  arm(secrets: readonly Secret[]): void {
    this.#secrets = secrets;
  }

  check(exchange: Exchange): Secret | undefined {
    if (exchange.caller.name !== 'B' || this.#secrets.length === 0) return undefined;
    const sent = sentText(exchange);
    const sentNow = this.#secrets.filter((secret) => sent.includes(secret.value));
    for (const secret of sentNow) if (!secret.perRequest) this.#sentByB.add(secret.value);
    const { text } = exchange.response;
    return this.#secrets.find((secret) => !sentNow.includes(secret) && !this.#sentByB.has(secret.value) && text.includes(secret.value));
  }
}

function sentText({ request }: Exchange): string {
  const body = request.body !== undefined ? JSON.stringify(request.body) : (request.payload ?? '');
  return `${decodeLeniently(request.url)}\n${request.url}\n${body}`;
}

function decodeLeniently(url: string): string {
  try {
    return decodeURIComponent(url.replaceAll('+', ' '));
  } catch {
    return url;
  }
}
