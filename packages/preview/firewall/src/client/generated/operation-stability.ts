// Generated from api/openapi.json by the client-types target: do not edit.
// Regenerate with `npx nx run @switchyard/firewall:client-types:update`.

/**
 * The stability (`x-stability`) of each operation of Switchyard networking API (Neutron v2.0 compatible).
 *
 * @beta
 */
export const operationStability = {
  "POST /v2.0/fwaas/evaluate": "preview",
  "GET /v2.0/fwaas/firewall_groups": "preview",
  "POST /v2.0/fwaas/firewall_groups": "preview",
  "GET /v2.0/fwaas/firewall_groups/{id}": "preview",
  "PUT /v2.0/fwaas/firewall_groups/{id}": "preview",
  "DELETE /v2.0/fwaas/firewall_groups/{id}": "preview",
  "GET /v2.0/fwaas/firewall_policies": "preview",
  "POST /v2.0/fwaas/firewall_policies": "preview",
  "GET /v2.0/fwaas/firewall_policies/{id}": "preview",
  "PUT /v2.0/fwaas/firewall_policies/{id}": "preview",
  "DELETE /v2.0/fwaas/firewall_policies/{id}": "preview",
  "PUT /v2.0/fwaas/firewall_policies/{id}/insert_rule": "preview",
  "PUT /v2.0/fwaas/firewall_policies/{id}/remove_rule": "preview",
  "GET /v2.0/fwaas/firewall_rules": "preview",
  "POST /v2.0/fwaas/firewall_rules": "preview",
  "GET /v2.0/fwaas/firewall_rules/{id}": "preview",
  "PUT /v2.0/fwaas/firewall_rules/{id}": "preview",
  "DELETE /v2.0/fwaas/firewall_rules/{id}": "preview",
} as const;
