import { describe, expect, it } from 'vitest';
import { forgetNetwork } from '../networks/network-security.js';
import { networkSecurityOf, setNetworkSecurity } from './network-security-store.js';
import { PAST_PARAMETER_LIMIT, useStoreDatabase } from './store-test-database.js';

const PAGE = PAST_PARAMETER_LIMIT;

const store = useStoreDatabase();

describe("networks' port security", () => {
  it('is stored for the networks that turned it off, set again in place, and read for more ids than one statement binds', async () => {
    const last = PAGE.at(-1) as string;
    await setNetworkSecurity(store(), last, true);
    await setNetworkSecurity(store(), last, false);
    await setNetworkSecurity(store(), last, false);
    await setNetworkSecurity(store(), 'network-0', false);
    await setNetworkSecurity(store(), 'network-0', true);
    expect(await networkSecurityOf(store(), PAGE)).toEqual(new Map([[last, false]]));
    // On is the default: a network that has it on holds no row.
    expect(await store().selectFrom('network_port_security').select('network_id').execute()).toEqual([{ network_id: last }]);
  });

  it("is forgotten with the network (the networkDeleted hook), the other networks' kept", async () => {
    await setNetworkSecurity(store(), 'gone', false);
    await setNetworkSecurity(store(), 'kept', false);
    await forgetNetwork(store(), 'gone');
    expect(await networkSecurityOf(store(), ['gone', 'kept'])).toEqual(new Map([['kept', false]]));
  });
});
