import type { RunContext } from '../run-context.js';
import { servedVerbs } from '../served-verbs.js';
import { checkForeignInstance } from './check-foreign-instance.js';
import { checkForeignReferences } from './check-foreign-references.js';
import type { InstancePair } from './instances.js';

/** The isolation matrix: every served verb and every reference of every resource, project B against project A. */
export async function checkIsolation(context: RunContext, instances: ReadonlyMap<string, InstancePair>): Promise<void> {
  for (const resource of context.options.resources) {
    const verbs = servedVerbs(context.app, resource);
    await checkForeignInstance(context, resource, instances.get(resource.declaration.resource) as InstancePair, verbs);
    await checkForeignReferences(context, resource, instances, verbs);
  }
}
