import type { Resource } from '../../resource-kit/define-resource.js';
import type { ResourceVerb } from '../../resource-kit/register-resource.js';
import { deriveCreateAttributes, deriveUpdateAttributes } from '../isolation/derive-attributes.js';
import type { InstancePair } from '../isolation/instances.js';
import type { ConformanceRequest } from '../options.js';
import { knownBadBodyRequests } from './known-bad-bodies.js';
import { knownBadContentRequests } from './known-bad-content.js';
import { knownBadPathRequests } from './known-bad-paths.js';
import { knownBadListRequests } from './known-bad-queries.js';

/** The fixed hostile inputs for one resource, on the verbs the app serves for it; project B sends them against its own instance. */
export function knownBadRequests(resource: Resource, verbs: ReadonlySet<ResourceVerb>, pair: InstancePair): ConformanceRequest[] {
  const { path, resource: singular } = resource.declaration;
  const member = `${path}/${encodeURIComponent(pair.b.id)}`;
  const create = deriveCreateAttributes(resource, pair.b.shown);
  const update = deriveUpdateAttributes(resource);
  const requests = knownBadPathRequests({
    path,
    ownId: pair.b.id,
    show: verbs.has('show'),
    update: verbs.has('update'),
    remove: verbs.has('delete'),
    updateBody: { [singular]: update },
  });
  if (verbs.has('list')) requests.push(...knownBadListRequests(path, resource.collectionSpec));
  if (verbs.has('create')) {
    requests.push(...knownBadBodyRequests({ method: 'POST', url: path, singular, envelope: resource.schemas.createBody, valid: create }));
    requests.push(...knownBadContentRequests('POST', path, singular, JSON.stringify({ [singular]: create })));
  }
  if (verbs.has('update')) {
    requests.push(...knownBadBodyRequests({ method: 'PUT', url: member, singular, envelope: resource.schemas.updateBody, valid: update }));
    requests.push(...knownBadContentRequests('PUT', member, singular, JSON.stringify({ [singular]: update })));
  }
  return requests;
}
