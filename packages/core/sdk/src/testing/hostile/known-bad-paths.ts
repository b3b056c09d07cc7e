import type { ConformanceRequest } from '../options.js';
import { PROTOTYPE_NAMES } from './hostile-values.js';

/** Ids as they appear in a path, already encoded: prototype names, NUL, broken escapes, too long, traversal. */
export const MALFORMED_IDS: readonly string[] = [
  ...PROTOTYPE_NAMES,
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%',
  '%ZZ',
  '%FF',
  'x'.repeat(300),
  '%2e%2e',
  '%2F',
  '%20',
  "'%20OR%201=1--",
  '-1',
  '1.5',
  '99999999999999999999',
  '%7Bid%7D',
  'null',
  '%F0%9F%98%80',
];

export interface MemberTarget {
  path: string;
  /** An instance of the caller's, for `?fields=` on a real show. */
  ownId: string;
  show: boolean;
  update: boolean;
  remove: boolean;
  /** A valid update body, so that only the id is wrong. */
  updateBody: unknown;
}

/** Show, update and delete on malformed ids, and `?fields=` with prototype names on a real instance. */
export function knownBadPathRequests(target: MemberTarget): ConformanceRequest[] {
  const requests: ConformanceRequest[] = [];
  for (const id of MALFORMED_IDS) {
    const url = `${target.path}/${id}`;
    if (target.show) requests.push({ method: 'GET', url });
    if (target.update) requests.push({ method: 'PUT', url, body: target.updateBody });
    if (target.remove) requests.push({ method: 'DELETE', url });
  }
  if (target.show) {
    for (const field of [...PROTOTYPE_NAMES, '%00', '%ED%A0%80', '']) requests.push({ method: 'GET', url: `${target.path}/${target.ownId}?fields=${field}` });
    requests.push({ method: 'GET', url: `${target.path}/${target.ownId}?colour=red` });
  }
  return requests;
}
