import { describe, expect, it } from 'vitest';
import { groupsOfPorts, portSecurityOf } from './port-bindings-store.js';
import { rulesOfGroups } from './rules-store.js';
import { PAST_PARAMETER_LIMIT, useStoreDatabase } from './store-test-database.js';

const PAGE = PAST_PARAMETER_LIMIT;

const store = useStoreDatabase();

describe('what a page of ports or groups shows', () => {
  it('loads for more ids than the database binds in one statement (regression: a 500 on limit=0)', async () => {
    await store().insertInto('security_groups').values({ id: 'g', project_id: 'p', name: 'g', description: '', stateful: 1, shared: 0, revision_number: 1, created_at: '', updated_at: '' }).execute();
    await store().insertInto('security_group_port_bindings').values({ port_id: PAGE.at(-1) as string, security_group_id: 'g' }).execute();
    await store().insertInto('port_security').values({ port_id: PAGE.at(-1) as string, port_security_enabled: 0 }).execute();
    expect(await groupsOfPorts(store(), PAGE)).toEqual(new Map([[PAGE.at(-1), ['g']]]));
    expect(await portSecurityOf(store(), PAGE)).toEqual(new Map([[PAGE.at(-1), false]]));
    expect((await rulesOfGroups(store(), PAGE)).size).toBe(0);
  });
});
