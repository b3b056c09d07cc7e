import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin, buildTestApp, call, create, neutronError, projectA, projectB } from './neutron-test-app.js';

// What the real OpenStack clients rely on (scripts/test-clients.sh drives the same through them),
// as Neutron's API reference and default policy define it.
describe('Neutron fidelity', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  const ids = (body: Record<string, Array<{ id: string }>>, collection: string) => body[collection].map((item) => item.id).sort();

  describe('networks', () => {
    it('takes mtu on create and update, also as digits (net-mtu-writable), and refuses one out of range', async () => {
      const network = await create(app, projectA, 'network', { name: 'jumbo', mtu: '9000', description: 'big frames' });
      expect(network).toMatchObject({ mtu: 9000, description: 'big frames', revision_number: 1 });
      const updated = await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}`, { network: { mtu: 1400 } });
      expect(updated.json().network).toMatchObject({ mtu: 1400, revision_number: 2 });
      for (const mtu of [67, '9217', 'big', 1500.5, [1400], null, true]) {
        const refused = await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}`, { network: { mtu } });
        expect(refused.statusCode, JSON.stringify(mtu)).toBe(400);
      }
    });

    it('raises revision_number on every update and keeps created_at', async () => {
      const network = await create<{ created_at: string }>(app, projectA, 'network', { name: 'r' });
      await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}`, { network: { name: 'r2' } });
      const second = await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}`, { network: { admin_state_up: false } });
      expect(second.json().network).toMatchObject({ revision_number: 3, created_at: network.created_at });
    });

    it('lets only admins set shared and router:external (403 naming the attribute)', async () => {
      for (const attribute of ['shared', 'router:external']) {
        const refused = await call(app, projectA, 'POST', '/v2.0/networks', { network: { [attribute]: true } });
        expect(refused.statusCode).toBe(403);
        expect(neutronError(refused).message).toContain(`set ${attribute}`);
      }
      const own = await create(app, projectA, 'network', {});
      const update = await call(app, projectA, 'PUT', `/v2.0/networks/${own.id}`, { network: { 'router:external': false } });
      expect(update.statusCode).toBe(403);
      const byAdmin = await create(app, admin, 'network', { shared: true, 'router:external': true });
      expect(byAdmin).toMatchObject({ shared: true, 'router:external': true });
    });

    it('shows shared and external networks to every project, which may not change them', async () => {
      const shared = await create(app, admin, 'network', { name: 'shared', shared: true });
      const external = await create(app, admin, 'network', { name: 'public', 'router:external': true });
      const hidden = await create(app, admin, 'network', { name: 'admin-only' });
      const listed = await call(app, projectB, 'GET', '/v2.0/networks');
      expect(ids(listed.json(), 'networks')).toEqual([shared.id, external.id].sort());
      expect((await call(app, projectB, 'GET', `/v2.0/networks/${hidden.id}`)).statusCode).toBe(404);
      const rename = await call(app, projectB, 'PUT', `/v2.0/networks/${shared.id}`, { network: { name: 'mine' } });
      expect(rename.statusCode).toBe(403);
      expect((await call(app, projectB, 'DELETE', `/v2.0/networks/${shared.id}`)).statusCode).toBe(403);
    });

    it('filters on router:external and shared', async () => {
      const external = await create(app, admin, 'network', { 'router:external': true });
      const internal = await create(app, admin, 'network', {});
      const externals = await call(app, admin, 'GET', '/v2.0/networks?router:external=True');
      expect(ids(externals.json(), 'networks')).toEqual([external.id]);
      const internals = await call(app, admin, 'GET', '/v2.0/networks?router%3Aexternal=false&shared=false');
      expect(ids(internals.json(), 'networks')).toEqual([internal.id]);
    });

    it("lets other projects add ports to a shared network, not subnets; a port stays its creator's", async () => {
      const shared = await create(app, admin, 'network', { shared: true });
      const subnet = await create(app, admin, 'subnet', { network_id: shared.id, ip_version: 4, cidr: '10.8.0.0/24' });
      const foreignSubnet = await call(app, projectB, 'POST', '/v2.0/subnets', { subnet: { network_id: shared.id, ip_version: 4, cidr: '10.9.0.0/24' } });
      expect(foreignSubnet.statusCode).toBe(403);
      const port = await create(app, projectB, 'port', { network_id: shared.id, fixed_ips: [{ subnet_id: subnet.id }] });
      expect(port).toMatchObject({ project_id: 'project-b', network_id: shared.id });
      expect((await call(app, projectB, 'GET', `/v2.0/subnets/${subnet.id}`)).statusCode).toBe(200);
      expect((await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`)).statusCode).toBe(404);
      const inUse = await call(app, admin, 'DELETE', `/v2.0/networks/${shared.id}`);
      expect(neutronError(inUse).type).toBe('NetworkInUse');
    });

    it('keeps ports off an external network that is not shared (404, as for an unseen network)', async () => {
      const external = await create(app, admin, 'network', { 'router:external': true });
      const refused = await call(app, projectB, 'POST', '/v2.0/ports', { port: { network_id: external.id } });
      expect(refused.statusCode).toBe(404);
      expect(neutronError(refused).type).toBe('NetworkNotFound');
    });
  });

  describe('ports', () => {
    async function portsOn(cidr: string) {
      const network = await create(app, projectA, 'network', {});
      const subnet = await create(app, projectA, 'subnet', { network_id: network.id, ip_version: 4, cidr });
      return { network, subnet };
    }

    it('takes mac_address and description on create', async () => {
      const { network } = await portsOn('10.3.0.0/24');
      const port = await create(app, projectA, 'port', { network_id: network.id, mac_address: 'FA:16:3E:00:00:01', description: 'a port' });
      expect(port).toMatchObject({ mac_address: 'fa:16:3e:00:00:01', description: 'a port', revision_number: 1 });
    });

    it('filters on fixed_ips by ip_address, subnet_id and ip_address_substr', async () => {
      const { network, subnet } = await portsOn('10.3.0.0/24');
      const other = await portsOn('10.4.0.0/24');
      const five = await create(app, projectA, 'port', { network_id: network.id, fixed_ips: [{ ip_address: '10.3.0.5' }] });
      const six = await create(app, projectA, 'port', { network_id: network.id, fixed_ips: [{ ip_address: '10.3.0.6' }] });
      const elsewhere = await create(app, projectA, 'port', { network_id: other.network.id, fixed_ips: [{ ip_address: '10.4.0.5' }] });
      const list = async (query: string) => ids((await call(app, projectA, 'GET', `/v2.0/ports?${query}`)).json(), 'ports');
      expect(await list('fixed_ips=ip_address%3D10.3.0.5')).toEqual([five.id]);
      expect(await list(`fixed_ips=subnet_id%3D${subnet.id}`)).toEqual([five.id, six.id].sort());
      expect(await list(`fixed_ips=subnet_id%3D${subnet.id}&fixed_ips=ip_address%3D10.3.0.6`)).toEqual([six.id]);
      expect(await list('fixed_ips=ip_address%3D10.3.0.5&fixed_ips=ip_address%3D10.4.0.5')).toEqual([five.id, elsewhere.id].sort());
      expect(await list('fixed_ips=ip_address_substr%3D0.5')).toEqual([five.id, elsewhere.id].sort());
    });

    it('never shows another project its ports through the fixed_ips filter', async () => {
      const { network } = await portsOn('10.3.0.0/24');
      await create(app, projectA, 'port', { network_id: network.id, fixed_ips: [{ ip_address: '10.3.0.5' }] });
      const listed = await call(app, projectB, 'GET', '/v2.0/ports?fixed_ips=ip_address%3D10.3.0.5');
      expect(listed.json().ports).toEqual([]);
    });

    it.each(['ip_address', 'colour=red', 'ip_address_substr=10%25', '=x'])('refuses the fixed_ips filter %j with 400', async (value) => {
      const response = await call(app, projectA, 'GET', `/v2.0/ports?fixed_ips=${encodeURIComponent(value)}`);
      expect(response.statusCode).toBe(400);
      expect(neutronError(response).message).toContain('Invalid fixed_ips filter');
    });

    it("lets a port hold the subnet's gateway, then become a router interface and leave it", async () => {
      const { network, subnet } = await portsOn('10.5.0.0/24');
      const port = await create(app, projectA, 'port', { network_id: network.id, fixed_ips: [{ subnet_id: subnet.id, ip_address: '10.5.0.1' }] });
      const router = await create(app, projectA, 'router', {});
      const added = await call(app, projectA, 'PUT', `/v2.0/routers/${router.id}/add_router_interface`, { port_id: port.id });
      expect(added.json()).toMatchObject({ port_id: port.id, subnet_id: subnet.id });
      const shown = await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`);
      expect(shown.json().port).toMatchObject({ device_id: router.id, device_owner: 'network:router_interface' });
      const removed = await call(app, projectA, 'PUT', `/v2.0/routers/${router.id}/remove_router_interface`, { port_id: port.id });
      expect(removed.statusCode).toBe(200);
    });
  });

  describe('subnets', () => {
    it('accepts a gateway outside the cidr, still refusing the broadcast address', async () => {
      const network = await create(app, projectA, 'network', {});
      const subnet = await create(app, projectA, 'subnet', { network_id: network.id, ip_version: 4, cidr: '10.2.0.0/24', gateway_ip: '10.99.0.1' });
      expect(subnet).toMatchObject({ gateway_ip: '10.99.0.1', allocation_pools: [{ start: '10.2.0.1', end: '10.2.0.254' }] });
      const refused = await call(app, projectA, 'PUT', `/v2.0/subnets/${subnet.id}`, { subnet: { gateway_ip: '10.2.0.255' } });
      expect(refused.statusCode).toBe(400);
    });
  });

  describe('pagination', () => {
    async function networks(count: number): Promise<string[]> {
      const created: string[] = [];
      for (let index = 0; index < count; index += 1) created.push((await create(app, projectA, 'network', {})).id);
      return created.sort();
    }

    it('links onward from a full last page, and back whenever a marker is given', async () => {
      const [first, second] = await networks(2);
      const page = (await call(app, projectA, 'GET', '/v2.0/networks?limit=2')).json();
      expect(page.networks_links.map((link: { rel: string }) => link.rel)).toEqual(['next']);
      const past = (await call(app, projectA, 'GET', `/v2.0/networks?limit=2&marker=${second}`)).json();
      expect(past.networks).toEqual([]);
      expect(past.networks_links).toEqual([{ rel: 'previous', href: 'http://localhost:80/v2.0/networks?limit=2&page_reverse=True' }]);
      const after = (await call(app, projectA, 'GET', `/v2.0/networks?limit=2&marker=${first}`)).json();
      expect(after.networks_links.map((link: { rel: string }) => link.rel)).toEqual(['previous']);
    });
  });

  it('advertises the extensions these behaviours belong to', async () => {
    const aliases = (await call(app, projectA, 'GET', '/v2.0/extensions')).json().extensions.map((extension: { alias: string }) => extension.alias);
    expect(aliases).toEqual(expect.arrayContaining(['net-mtu', 'net-mtu-writable', 'standard-attr-revisions', 'external-net', 'ip-substring-filtering', 'standard-attr-tag']));
  });
});

describe('tags (standard-attr-tag)', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  const tagsOf = async (path: string) => (await call(app, projectA, 'GET', path)).json();

  it.each(['network', 'subnet', 'port', 'router'] as const)('sets, adds, checks and removes the tags of a %s, raising its revision', async (kind) => {
    const network = await create(app, projectA, 'network', {});
    const attributes = {
      network: {},
      subnet: { network_id: network.id, ip_version: 4, cidr: '10.6.0.0/24' },
      port: { network_id: network.id },
      router: {},
    }[kind];
    const resource = kind === 'network' ? network : await create(app, projectA, kind, attributes);
    const path = `/v2.0/${kind}s/${resource.id}`;
    const replaced = await call(app, projectA, 'PUT', `${path}/tags`, { tags: ['red', 'blue'] });
    expect(replaced.json()).toEqual({ tags: ['blue', 'red'] });
    expect((await call(app, projectA, 'PUT', `${path}/tags/green`)).statusCode).toBe(201);
    expect((await call(app, projectA, 'DELETE', `${path}/tags/red`)).statusCode).toBe(204);
    expect((await call(app, projectA, 'GET', `${path}/tags/green`)).statusCode).toBe(204);
    expect((await call(app, projectA, 'GET', `${path}/tags/red`)).statusCode).toBe(404);
    expect(await tagsOf(`${path}/tags`)).toEqual({ tags: ['blue', 'green'] });
    expect((await tagsOf(path))[kind]).toMatchObject({ tags: ['blue', 'green'], revision_number: 4 });
    expect((await call(app, projectA, 'DELETE', `${path}/tags`)).statusCode).toBe(204);
    expect((await tagsOf(path))[kind].tags).toEqual([]);
  });

  it('filters lists by tags, tags-any, not-tags and not-tags-any', async () => {
    const both = await create(app, projectA, 'network', {});
    const red = await create(app, projectA, 'network', {});
    const none = await create(app, projectA, 'network', {});
    await call(app, projectA, 'PUT', `/v2.0/networks/${both.id}/tags`, { tags: ['red', 'blue'] });
    await call(app, projectA, 'PUT', `/v2.0/networks/${red.id}/tags`, { tags: ['red'] });
    const list = async (query: string) => ((await tagsOf(`/v2.0/networks?${query}`)).networks as Array<{ id: string }>).map((n) => n.id).sort();
    expect(await list('tags=red,blue')).toEqual([both.id]);
    expect(await list('tags-any=blue&tags-any=red')).toEqual([both.id, red.id].sort());
    expect(await list('not-tags=red,blue')).toEqual([red.id, none.id].sort());
    expect(await list('not-tags-any=red')).toEqual([none.id]);
    expect((await call(app, projectA, 'GET', '/v2.0/networks?tags=')).statusCode).toBe(400);
  });

  it("keeps another project's resources out of reach, and lets only the owner tag a shared network", async () => {
    const own = await create(app, projectA, 'network', {});
    expect((await call(app, projectB, 'PUT', `/v2.0/networks/${own.id}/tags/x`)).statusCode).toBe(404);
    expect((await call(app, projectB, 'GET', `/v2.0/networks/${own.id}/tags`)).statusCode).toBe(404);
    const shared = await create(app, admin, 'network', { shared: true });
    expect((await call(app, projectB, 'GET', `/v2.0/networks/${shared.id}/tags`)).statusCode).toBe(200);
    expect((await call(app, projectB, 'PUT', `/v2.0/networks/${shared.id}/tags/x`)).statusCode).toBe(403);
  });

  it.each([{ tags: ['a,b'] }, { tags: ['a', 'a'] }, { tags: [''] }, { tags: 'red' }, {}])('refuses the tags body %j with 400', async (body) => {
    const network = await create(app, projectA, 'network', {});
    expect((await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}/tags`, body)).statusCode).toBe(400);
  });

  it('drops the tags with their resource', async () => {
    const network = await create(app, projectA, 'network', {});
    await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}/tags`, { tags: ['gone'] });
    expect((await call(app, projectA, 'DELETE', `/v2.0/networks/${network.id}`)).statusCode).toBe(204);
    expect((await tagsOf(`/v2.0/networks?tags=gone`)).networks).toEqual([]);
    expect((await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}/tags/x`)).statusCode).toBe(404);
  });
});
