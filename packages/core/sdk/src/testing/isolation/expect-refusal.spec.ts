import { describe, expect, it } from 'vitest';
import { invalidInput } from '../../errors.js';
import type { ResourceReference } from '../../resource-kit/define-resource.js';
import { notFoundRefusal, referenceRefusal } from './expect-refusal.js';

describe('referenceRefusal', () => {
  it("is the referenced resource's 404 by default", () => {
    expect(referenceRefusal({ attribute: 'shelf_id', resource: 'shelf' }, 'id-1', {})).toEqual({ status: 404, type: 'ShelfNotFound' });
    expect(notFoundRefusal('firewall_group')).toEqual({ status: 404, type: 'FirewallGroupNotFound' });
  });

  it('is the refusal a reference declares with `missing`, given the id and the referrer', () => {
    const seen: unknown[] = [];
    const reference: ResourceReference = {
      attribute: 'fixed_ips',
      resource: 'subnet',
      at: 'subnet_id',
      missing: (id: string, referrer: Readonly<Record<string, unknown>>) => {
        seen.push([id, referrer]);
        return invalidInput(`Subnet ${id} is not usable here.`);
      },
    };
    expect(referenceRefusal(reference, 'subnet-1', { network_id: 'n' })).toEqual({ status: 400, type: 'InvalidInput' });
    expect(seen).toEqual([['subnet-1', { network_id: 'n' }]]);
  });
});
