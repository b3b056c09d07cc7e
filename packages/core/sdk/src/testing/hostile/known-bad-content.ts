import type { ConformanceRequest } from '../options.js';

/** Bodies in the wrong content type, and JSON that is not JSON (or not an object). */
export function knownBadContentRequests(method: 'POST' | 'PUT', url: string, singular: string, validJson: string): ConformanceRequest[] {
  const withType = (type: string | undefined, payload: string): ConformanceRequest => ({ method, url, payload, headers: type === undefined ? {} : { 'content-type': type } });
  return [
    withType('text/plain', validJson),
    withType('application/xml', `<${singular}/>`),
    withType('application/x-www-form-urlencoded', `${singular}[name]=x`),
    withType('multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="${singular}"\r\n\r\n{}\r\n--x--`),
    withType(undefined, validJson),
    withType('application/json; charset=utf-16', validJson),
    withType('application/json', `\ufeff${validJson}`),
    ...['{', 'not json', '', 'null', '[]', '"text"', '1', 'true', `${validJson} trailing`, `{${JSON.stringify(singular)}:{"name":"a","name":"b"}}`, `{${JSON.stringify(singular)}:{"name":"\\ud800"}}`].map((payload) =>
      withType('application/json', payload),
    ),
  ];
}
