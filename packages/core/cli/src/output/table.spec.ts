import { describe, expect, it } from 'vitest';
import { formatFields, formatTable } from './table.js';

describe('formatTable', () => {
  it('aligns columns under capitalised headings, two spaces apart, without trailing spaces', () => {
    const text = formatTable(
      [
        { id: 'a1', name: 'web', status: 'ACTIVE' },
        { id: 'b22222', name: 'db', status: 'DOWN' },
      ],
      ['id', 'name', 'status'],
    );
    expect(text).toBe(['ID      NAME  STATUS', 'a1      web   ACTIVE', 'b22222  db    DOWN', ''].join('\n'));
  });

  it('shows - for null, empty and missing values and joins lists with commas', () => {
    const text = formatTable([{ id: 'n1', subnets: ['s1', 's2'], gateway_ip: null }, { id: 'n2', subnets: [] }], ['id', 'subnets', 'gateway_ip']);
    expect(text).toBe(['ID  SUBNETS  GATEWAY_IP', 'n1  s1,s2    -', 'n2  -        -', ''].join('\n'));
  });

  it('reads a property of each element for a dotted column', () => {
    const port = { id: 'p1', fixed_ips: [{ subnet_id: 's1', ip_address: '10.0.0.3' }, { subnet_id: 's2', ip_address: '2001:db8::3' }] };
    expect(formatTable([port], ['id', 'fixed_ips.ip_address'])).toBe(
      ['ID  FIXED_IPS.IP_ADDRESS', 'p1  10.0.0.3,2001:db8::3', ''].join('\n'),
    );
  });

  it('prints only the headings for an empty list', () => {
    expect(formatTable([], ['id', 'name'])).toBe('ID  NAME\n');
  });
});

describe('formatFields', () => {
  it('prints one FIELD/VALUE line per attribute, in the order the server sent them', () => {
    const text = formatFields({ id: 'r1', name: 'edge', routes: [], external_gateway_info: null, admin_state_up: true });
    expect(text).toBe(
      ['FIELD                  VALUE', 'id                     r1', 'name                   edge', 'routes                 -', 'external_gateway_info  -', 'admin_state_up         true', ''].join('\n'),
    );
  });

  it('prints nested objects as compact JSON', () => {
    expect(formatFields({ allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.9' }] })).toBe(
      'FIELD             VALUE\nallocation_pools  {"start":"10.0.0.2","end":"10.0.0.9"}\n',
    );
  });
});
