import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cidrsOverlap, parseCidr } from '../../src/neutron/ipam/address.js';
import { buildTestApp, call, create, neutronError, projectA } from './neutron-test-app.js';

/**
 * Requests racing on one server: whichever wins, the loser gets the 404 or 409 Neutron gives, never
 * a 500. They interleave for real on Postgres (`npm run test:postgres` runs these specs there too;
 * tests/postgres races two server processes); on SQLite they mostly run one after the other.
 */
let app: FastifyInstance;
beforeEach(async () => {
  app = await buildTestApp();
});
afterEach(async () => {
  await app.close();
});

function outcome(response: LightMyRequestResponse): string {
  return response.statusCode < 400 ? String(response.statusCode) : `${response.statusCode} ${neutronError(response).type}`;
}

describe('racing requests', () => {
  it('creating ports while their network is deleted: 201 or 404 NetworkNotFound; the delete 204 or 409 NetworkInUse', async () => {
    for (let round = 0; round < 5; round += 1) {
      const network = await create(app, projectA, 'network', {});
      await create(app, projectA, 'subnet', { network_id: network.id, cidr: '10.0.0.0/24', ip_version: 4 });
      const ports = Array.from({ length: 4 }, () => call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: network.id } }));
      const deletion = call(app, projectA, 'DELETE', `/v2.0/networks/${network.id}`);
      const answers = await Promise.all([...ports, deletion]);
      for (const answer of answers.slice(0, 4)) expect(['201', '404 NetworkNotFound']).toContain(outcome(answer));
      expect(['204', '409 NetworkInUse']).toContain(outcome(answers[4]));
    }
  });

  it('creating subnets while their network is deleted: 201 or 404 NetworkNotFound, and no two overlap', async () => {
    const network = await create(app, projectA, 'network', {});
    const cidrs = ['10.0.0.0/24', '10.0.0.0/25', '10.0.0.128/25', '10.0.0.0/16'];
    const answers = await Promise.all(cidrs.map((cidr) => call(app, projectA, 'POST', '/v2.0/subnets', { subnet: { network_id: network.id, cidr, ip_version: 4 } })));
    // Which wins depends on the interleaving: the two /25 halves may both be created, as they do not overlap.
    const created = cidrs.filter((_, index) => answers[index].statusCode === 201).map((cidr) => parseCidr(cidr));
    expect(created.length).toBeGreaterThan(0);
    for (const [index, left] of created.entries()) for (const right of created.slice(index + 1)) expect(cidrsOverlap(left, right)).toBe(false);
    for (const answer of answers) expect(['201', '400 InvalidInput']).toContain(outcome(answer));
    const again = await Promise.all([
      call(app, projectA, 'POST', '/v2.0/subnets', { subnet: { network_id: network.id, cidr: '10.1.0.0/24', ip_version: 4 } }),
      call(app, projectA, 'DELETE', `/v2.0/networks/${network.id}`),
    ]);
    expect(['201', '404 NetworkNotFound']).toContain(outcome(again[0]));
    expect(outcome(again[1])).toBe('204');
  });

  it('deleting a subnet while ports take addresses on it: 204 or 409 SubnetInUse, never a 500', async () => {
    const network = await create(app, projectA, 'network', {});
    const subnet = await create(app, projectA, 'subnet', { network_id: network.id, cidr: '10.0.0.0/24', ip_version: 4 });
    const ports = Array.from({ length: 4 }, () =>
      call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: network.id, fixed_ips: [{ subnet_id: subnet.id }] } }),
    );
    const answers = await Promise.all([...ports, call(app, projectA, 'DELETE', `/v2.0/subnets/${subnet.id}`)]);
    for (const answer of answers.slice(0, 4)) expect(['201', '400 InvalidInput']).toContain(outcome(answer));
    expect(['204', '409 SubnetInUse']).toContain(outcome(answers[4]));
  });

  it('adding an interface while the router is deleted: the router goes only without interfaces', async () => {
    const network = await create(app, projectA, 'network', {});
    const subnet = await create(app, projectA, 'subnet', { network_id: network.id, cidr: '10.0.0.0/24', ip_version: 4 });
    const router = await create(app, projectA, 'router', {});
    const [added, deleted] = await Promise.all([
      call(app, projectA, 'PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: subnet.id }),
      call(app, projectA, 'DELETE', `/v2.0/routers/${router.id}`),
    ]);
    expect(['200 / 409 RouterInUse', '404 RouterNotFound / 204']).toContain(`${outcome(added)} / ${outcome(deleted)}`);
    const ports = (await call(app, projectA, 'GET', `/v2.0/ports?network_id=${network.id}`)).json().ports as unknown[];
    expect(ports).toHaveLength(added.statusCode === 200 ? 1 : 0);
  });
});
