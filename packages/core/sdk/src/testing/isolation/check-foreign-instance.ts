import { isDeepStrictEqual } from 'node:util';
import type { Resource } from '../../resource-kit/define-resource.js';
import type { ResourceVerb } from '../../resource-kit/register-resource.js';
import { describeRequest } from '../describe-request.js';
import type { ConformanceRequest } from '../options.js';
import type { RunContext } from '../run-context.js';
import { deriveCreateAttributes, deriveUpdateAttributes } from './derive-attributes.js';
import { addIsolationFinding, expectRefusal, notFoundRefusal } from './expect-refusal.js';
import type { InstancePair } from './instances.js';
import { idsOf, listRequest, showRequest, shownOf, visibleIds } from './resource-requests.js';

/**
 * Project B against project A's instance, on every served verb: show, update and delete are
 * 404s and leave it as it was; B's lists never include it; B cannot create into A's project;
 * the admin sees it.
 */
export async function checkForeignInstance(context: RunContext, resource: Resource, pair: InstancePair, verbs: ReadonlySet<ResourceVerb>): Promise<void> {
  await refuseMemberVerbs(context, resource, pair, verbs);
  if (verbs.has('show')) await checkUnchanged(context, resource, pair);
  if (verbs.has('list')) await checkListsHideIt(context, resource, pair);
  if (verbs.has('create')) await refuseCreateInForeignProject(context, resource, pair);
  await checkAdminSeesIt(context, resource, pair, verbs);
}

async function refuseMemberVerbs(context: RunContext, resource: Resource, pair: InstancePair, verbs: ReadonlySet<ResourceVerb>): Promise<void> {
  const { B } = context.options.callers;
  const { path, resource: singular } = resource.declaration;
  const url = `${path}/${encodeURIComponent(pair.a.id)}`;
  const subject = (what: string) => ({ resource: singular, what: `project B ${what} project A's ${singular}`, expected: notFoundRefusal(singular) });
  if (verbs.has('show')) {
    await expectRefusal(context, subject('showing'), B, { method: 'GET', url });
    await expectRefusal(context, subject('showing (with fields)'), B, { method: 'GET', url: `${url}?fields=id&fields=name` });
  }
  if (verbs.has('update')) await expectRefusal(context, subject('updating'), B, { method: 'PUT', url, body: { [singular]: deriveUpdateAttributes(resource) } });
  if (verbs.has('delete')) await expectRefusal(context, subject('deleting'), B, { method: 'DELETE', url });
}

async function checkUnchanged(context: RunContext, resource: Resource, pair: InstancePair): Promise<void> {
  const { A } = context.options.callers;
  const response = await showRequest(context, A, resource, pair.a.id);
  const shown = shownOf(response, resource);
  if (response.status === 200 && isDeepStrictEqual(shown, pair.a.shown)) return;
  const request = describeRequest(A, { method: 'GET', url: `${resource.declaration.path}/${pair.a.id}` });
  const now = response.status === 200 ? `it is now ${JSON.stringify(shown)}` : `A's show answers ${response.status}`;
  addIsolationFinding(context, resource.declaration.resource, request, `project A's ${resource.declaration.resource} changed after project B's requests: ${now}, was ${JSON.stringify(pair.a.shown)}`);
}

async function checkListsHideIt(context: RunContext, resource: Resource, pair: InstancePair): Promise<void> {
  const { B } = context.options.callers;
  const id = encodeURIComponent(pair.a.id);
  for (const query of ['', `?id=${id}`, `?marker=${id}`, '?limit=1000']) {
    const request: ConformanceRequest = { method: 'GET', url: `${resource.declaration.path}${query}` };
    const response = await context.client.request(B, request);
    if (response.status < 300 && idsOf(response, resource).includes(pair.a.id)) {
      addIsolationFinding(context, resource.declaration.resource, describeRequest(B, request), `project B's list includes project A's ${resource.declaration.resource} ${pair.a.id}`);
    }
  }
}

async function refuseCreateInForeignProject(context: RunContext, resource: Resource, pair: InstancePair): Promise<void> {
  const { A, B } = context.options.callers;
  const { path, resource: singular } = resource.declaration;
  const before = await visibleIds(context, A, resource);
  const request: ConformanceRequest = { method: 'POST', url: path, body: { [singular]: { ...deriveCreateAttributes(resource, pair.b.shown), project_id: A.project } } };
  const response = await context.client.request(B, request);
  const after = await visibleIds(context, A, resource);
  const created = before && after ? [...after].filter((id) => !before.has(id)) : [];
  if (response.status < 400 || created.length > 0) {
    const outcome = created.length > 0 ? `created ${created.join(', ')} in it` : `answered ${response.status}`;
    addIsolationFinding(context, singular, describeRequest(B, request), `project B creating a ${singular} in project A's project ${outcome}; expected a 4xx and nothing created`);
  }
}

async function checkAdminSeesIt(context: RunContext, resource: Resource, pair: InstancePair, verbs: ReadonlySet<ResourceVerb>): Promise<void> {
  const { admin } = context.options.callers;
  const singular = resource.declaration.resource;
  if (verbs.has('show')) {
    const response = await showRequest(context, admin, resource, pair.a.id);
    if (response.status !== 200 || shownOf(response, resource)?.id !== pair.a.id) {
      addIsolationFinding(context, singular, `GET ${resource.declaration.path}/${pair.a.id} as admin`, `the admin cannot show project A's ${singular}: ${response.status} ${response.text.slice(0, 200)}`);
    }
  }
  if (verbs.has('list')) {
    const response = await listRequest(context, admin, resource);
    if (response.status !== 200 || !idsOf(response, resource).includes(pair.a.id)) {
      addIsolationFinding(context, singular, `GET ${resource.declaration.path} as admin`, `the admin's list does not include project A's ${singular} ${pair.a.id} (${response.status})`);
    }
  }
}
