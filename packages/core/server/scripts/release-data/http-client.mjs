/**
 * A JSON client for a listening server, acting for one project (`noauth`: X-Project-Id, plus
 * X-Roles: admin for the admin). Every call must answer the status it expects, or the snapshot
 * stops: a fixture recorded from a half-failed population would prove nothing.
 */
export function httpClient(baseUrl, project, { admin = false } = {}) {
  const headers = { 'content-type': 'application/json', 'x-project-id': project, ...(admin ? { 'x-roles': 'admin' } : {}) };
  const send = async (method, path, body, expected) => {
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (response.status !== expected) throw new Error(`${method} ${path} as ${project} answered ${response.status}, expected ${expected}: ${text}`);
    return text === '' ? undefined : JSON.parse(text);
  };
  return {
    get: (path) => send('GET', path, undefined, 200),
    put: (path, body) => send('PUT', path, body, 200),
    /** POSTs `{ [resource]: attributes }` to `path` and returns the created resource. */
    create: async (path, resource, attributes) => (await send('POST', path, { [resource]: attributes }, 201))[resource],
  };
}
