// The baseline: the least a Fastify + better-sqlite3 app can do to serve the same
// `GET /v2.0/fwaas/firewall_rules?limit=N` page from the same database file (no auth, no plugins,
// no resource kit): the rules a project sees (its own and the shared ones), each with the policies
// holding it, the same attributes. Run as a child process by firewall-bench.mjs.
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const [databaseFile, port] = process.argv.slice(2);
const db = new Database(databaseFile, { readonly: true });
const VISIBLE = '(project_id = ? OR shared = 1)';
const selectPage = db.prepare(`SELECT * FROM firewall_rules WHERE ${VISIBLE} ORDER BY id LIMIT ?`);
const selectAfter = db.prepare(`SELECT * FROM firewall_rules WHERE ${VISIBLE} AND id > ? ORDER BY id LIMIT ?`);

/** The visible policies holding each rule, ordered by policy id as the plugin lists them. */
function policiesByRule(ids, project) {
  const byRule = new Map(ids.map((id) => [id, []]));
  if (ids.length === 0) return byRule;
  const rows = db
    .prepare(
      'SELECT pr.rule_id, pr.policy_id FROM firewall_policy_rules pr JOIN firewall_policies p ON p.id = pr.policy_id ' +
        `WHERE pr.rule_id IN (${ids.map(() => '?').join(',')}) AND (p.project_id = ? OR p.shared = 1) ORDER BY pr.policy_id`,
    )
    .all(...ids, project);
  for (const row of rows) byRule.get(row.rule_id).push(row.policy_id);
  return byRule;
}

function present(row, policies) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    project_id: row.project_id,
    tenant_id: row.project_id,
    protocol: row.protocol,
    ip_version: row.ip_version,
    source_ip_address: row.source_ip_address,
    destination_ip_address: row.destination_ip_address,
    source_port: row.source_port,
    destination_port: row.destination_port,
    action: row.action,
    enabled: row.enabled === 1,
    shared: row.shared === 1,
    source_firewall_group_id: row.source_firewall_group_id,
    destination_firewall_group_id: row.destination_firewall_group_id,
    firewall_policy_id: policies,
  };
}

const app = Fastify();
app.get('/v2.0/fwaas/firewall_rules', async (request) => {
  const project = request.headers['x-project-id'] ?? 'default';
  const limit = Number(request.query.limit ?? 1000);
  const rows = request.query.marker ? selectAfter.all(project, request.query.marker, limit + 1) : selectPage.all(project, limit + 1);
  const page = rows.slice(0, limit);
  const policies = policiesByRule(
    page.map((row) => row.id),
    project,
  );
  const body = { firewall_rules: page.map((row) => present(row, policies.get(row.id))) };
  if (rows.length > limit) {
    body.firewall_rules_links = [{ rel: 'next', href: `http://${request.host}/v2.0/fwaas/firewall_rules?limit=${limit}&marker=${page[page.length - 1].id}` }];
  }
  return body;
});
await app.listen({ host: '127.0.0.1', port: Number(port) });
process.stdout.write('listening\n');
