import type { ConformanceCaller, ConformanceRequest } from './options.js';

const SHOWN_URL = 160;
const SHOWN_BODY = 300;

/**
 * `PUT /v2.0/shelves/123 as B {"shelf":{"name":"x"}}`: enough to replay a finding, cut short
 * for the hostile inputs that are megabytes long.
 */
export function describeRequest(caller: ConformanceCaller, request: ConformanceRequest): string {
  const sent = request.body !== undefined ? JSON.stringify(request.body) : request.payload;
  const type = request.headers?.['content-type'];
  const parts = [request.method, shorten(request.url, SHOWN_URL), `as ${caller.name}`];
  if (type !== undefined) parts.push(`(content-type ${type})`);
  if (sent !== undefined) parts.push(shorten(sent, SHOWN_BODY));
  return parts.join(' ');
}

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}... (${text.length} characters)`;
}
