import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, runCli, runJson, startServer } from './cli-harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.app.close());

const cli = (...argv: string[]) => runCli(['--url', server.url, ...argv]);

describe('core commands against a running server', () => {
  it('create a network, a subnet and a router, attach the subnet, and list them as tables', async () => {
    const { network } = await runJson<{ network: { id: string } }>(server, ['network', 'create', '--name', 'app']);
    const { subnet } = await runJson<{ subnet: { id: string; gateway_ip: string; ip_version: number } }>(server, [
      'subnet',
      'create',
      '--network',
      network.id,
      '--cidr',
      '10.20.0.0/24',
      '--name',
      'app-v4',
    ]);
    expect(subnet).toMatchObject({ gateway_ip: '10.20.0.1', ip_version: 4 });
    const { router } = await runJson<{ router: { id: string } }>(server, ['router', 'create', '--name', 'edge']);

    const attached = await cli('router', 'add-interface', router.id, '--subnet', subnet.id);
    expect(attached.code).toBe(0);
    expect(attached.stdout).toMatch(new RegExp(`^subnet_id +${subnet.id}$`, 'm'));
    const portId = /^port_id +(\S+)$/m.exec(attached.stdout)?.[1];

    const networks = await cli('network', 'list', '--filter', 'name=app');
    expect(networks).toEqual({ code: 0, stderr: '', stdout: expect.stringMatching(/^ID +NAME +STATUS +SUBNETS\n/) });
    expect(networks.stdout.split('\n')[1]).toMatch(new RegExp(`^${network.id}  app +ACTIVE  ${subnet.id}$`));

    const ports = await cli('port', 'list', '--filter', `device_id=${router.id}`);
    expect(ports.stdout).toContain('FIXED_IPS.IP_ADDRESS');
    expect(ports.stdout).toMatch(new RegExp(`^${portId} +- +${network.id} +10\\.20\\.0\\.1 +network:router_interface`, 'm'));

    const shown = await cli('subnet', 'show', subnet.id);
    expect(shown.stdout).toMatch(/^cidr +10\.20\.0\.0\/24$/m);

    const detached = await cli('router', 'remove-interface', router.id, '--port', String(portId));
    expect(detached.code).toBe(0);
    expect(detached.stdout).toMatch(new RegExp(`^port_id +${portId}$`, 'm'));
    expect((await runJson<{ ports: unknown[] }>(server, ['port', 'list', '--filter', `device_id=${router.id}`])).ports).toEqual([]);
  });

  it('creates a port with a fixed address and shows it in the list', async () => {
    const { network } = await runJson<{ network: { id: string } }>(server, ['network', 'create']);
    const { subnet } = await runJson<{ subnet: { id: string } }>(server, ['subnet', 'create', '--network', network.id, '--cidr', '10.40.0.0/24']);
    const created = await cli('port', 'create', '--network', network.id, '--name', 'vm', '--fixed-ip', `subnet_id=${subnet.id},ip_address=10.40.0.50`);
    expect(created.code).toBe(0);
    const listed = await cli('port', 'list', '--filter', 'name=vm');
    expect(listed.stdout).toMatch(new RegExp(`^\\S+ +vm +${network.id} +10\\.40\\.0\\.50 +- +\\S+$`, 'm'));
  });

  it('prints the server JSON unchanged with --json', async () => {
    await runJson(server, ['router', 'create', '--name', 'json-router']);
    const listed = await cli('router', 'list', '--json', '--filter', 'name=json-router');
    expect(listed.code).toBe(0);
    const body = JSON.parse(listed.stdout) as { routers: Array<{ name: string }> };
    expect(body.routers.map((router) => router.name)).toEqual(['json-router']);
  });

  it('update changes only the attributes given; delete confirms and the resource is gone', async () => {
    const { network } = await runJson<{ network: { id: string } }>(server, ['network', 'create', '--name', 'before']);
    const updated = await runJson<{ network: { name: string; admin_state_up: boolean } }>(server, ['network', 'update', network.id, '--name', 'after']);
    expect(updated.network).toMatchObject({ name: 'after', admin_state_up: true });
    expect(await cli('network', 'delete', network.id)).toEqual({ code: 0, stdout: `Deleted network ${network.id}.\n`, stderr: '' });
    expect((await cli('network', 'show', network.id)).code).toBe(1);
  });

  it('acts for the project given by --project or SWITCHYARD_PROJECT (X-Project-Id)', async () => {
    await runCli(['--url', server.url, '--project', 'alice', 'network', 'create', '--name', 'alice-net']);
    const asBob = await runCli(['--url', server.url, '--json', 'network', 'list'], { env: { SWITCHYARD_PROJECT: 'bob' } });
    expect(JSON.parse(asBob.stdout)).toEqual({ networks: [] });
    const asAlice = await runCli(['--url', server.url, 'network', 'list'], { env: { SWITCHYARD_PROJECT: 'alice' } });
    expect(asAlice.stdout).toContain('alice-net');
  });

  it('finds the server through SWITCHYARD_URL', async () => {
    const result = await runCli(['network', 'list'], { env: { SWITCHYARD_URL: server.url } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ID +NAME/);
  });
});
