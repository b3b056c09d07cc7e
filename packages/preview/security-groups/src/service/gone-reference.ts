import { type SwitchyardError, notFound } from '@switchyard/sdk';
import type { RuleCreation } from '../resources/security-group-rule.js';
import type { SecurityGroupDb } from '../store/tables.js';

/**
 * The 404 of a rule whose insert a foreign key refused: a group or address group it names was
 * deleted after the kit checked it. Outside a bulk's transaction (which PostgreSQL has aborted)
 * the rows say which one.
 */
export async function goneReference(db: SecurityGroupDb, input: RuleCreation): Promise<SwitchyardError> {
  const named = [
    { table: 'security_groups', resource: 'security_group', id: input.security_group_id },
    { table: 'security_groups', resource: 'security_group', id: input.remote_group_id },
    { table: 'address_groups', resource: 'address_group', id: input.remote_address_group_id },
  ] as const;
  const references = named.filter((reference): reference is (typeof named)[number] & { id: string } => reference.id !== null);
  if (!db.isTransaction) {
    for (const reference of references) {
      const row = await db.selectFrom(reference.table).select('id').where('id', '=', reference.id).executeTakeFirst();
      if (row === undefined) return notFound(reference.resource, reference.id);
    }
  }
  const [first] = references;
  return notFound(first.resource, first.id);
}
