// The baseline: the least a Fastify + better-sqlite3 app can do to serve the same
// `GET /v2.0/networks?limit=N` page from the same database file (no auth, no plugins,
// no generic list machinery): the same rows (a project's own, shared and external networks) and
// the same attributes. Run as a child process by list-networks.mjs.
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const [databaseFile, port] = process.argv.slice(2);
const db = new Database(databaseFile, { readonly: true });
// What a project sees of networks, as Neutron's policy has it: its own, shared ones and external ones.
const VISIBLE = '(project_id = ? OR shared = 1 OR router_external = 1)';
const selectPage = db.prepare(`SELECT * FROM networks WHERE ${VISIBLE} ORDER BY id LIMIT ?`);
const selectAfter = db.prepare(`SELECT * FROM networks WHERE ${VISIBLE} AND id > ? ORDER BY id LIMIT ?`);

function subnetIdsByNetwork(ids) {
  const byNetwork = new Map(ids.map((id) => [id, []]));
  if (ids.length === 0) return byNetwork;
  const rows = db
    .prepare(`SELECT id, network_id FROM subnets WHERE network_id IN (${ids.map(() => '?').join(',')}) ORDER BY created_at, id`)
    .all(...ids);
  for (const row of rows) byNetwork.get(row.network_id).push(row.id);
  return byNetwork;
}

function tagsByNetwork(ids) {
  const byNetwork = new Map(ids.map((id) => [id, []]));
  if (ids.length === 0) return byNetwork;
  const rows = db.prepare(`SELECT resource_id, tag FROM network_tags WHERE resource_id IN (${ids.map(() => '?').join(',')}) ORDER BY tag`).all(...ids);
  for (const row of rows) byNetwork.get(row.resource_id).push(row.tag);
  return byNetwork;
}

function present(row, subnets, tags) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    project_id: row.project_id,
    tenant_id: row.project_id,
    admin_state_up: row.admin_state_up === 1,
    status: row.status,
    shared: row.shared === 1,
    'router:external': row.router_external === 1,
    mtu: row.mtu,
    subnets,
    tags,
    revision_number: row.revision_number,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

const app = Fastify();
app.get('/v2.0/networks', async (request) => {
  const project = request.headers['x-project-id'] ?? 'default';
  const limit = Number(request.query.limit ?? 1000);
  const rows = request.query.marker
    ? selectAfter.all(project, request.query.marker, limit + 1)
    : selectPage.all(project, limit + 1);
  const page = rows.slice(0, limit);
  const ids = page.map((row) => row.id);
  const subnets = subnetIdsByNetwork(ids);
  const tags = tagsByNetwork(ids);
  const body = { networks: page.map((row) => present(row, subnets.get(row.id), tags.get(row.id))) };
  if (rows.length > limit) {
    const next = `http://${request.host}/v2.0/networks?limit=${limit}&marker=${page[page.length - 1].id}`;
    body.networks_links = [{ rel: 'next', href: next }];
  }
  return body;
});
await app.listen({ host: '127.0.0.1', port: Number(port) });
process.stdout.write('listening\n');
