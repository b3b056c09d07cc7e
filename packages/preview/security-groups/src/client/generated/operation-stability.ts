// Generated from api/openapi.json by the client-types target: do not edit.
// Regenerate with `npx nx run @switchyard/security-groups:client-types:update`.

/**
 * The stability (`x-stability`) of each operation of Switchyard networking API (Neutron v2.0 compatible).
 *
 * @beta
 */
export const operationStability = {
  "GET /v2.0/address-groups": "preview",
  "POST /v2.0/address-groups": "preview",
  "GET /v2.0/address-groups/{id}": "preview",
  "PUT /v2.0/address-groups/{id}": "preview",
  "DELETE /v2.0/address-groups/{id}": "preview",
  "PUT /v2.0/address-groups/{id}/add_addresses": "preview",
  "PUT /v2.0/address-groups/{id}/remove_addresses": "preview",
  "GET /v2.0/rbac-policies": "preview",
  "POST /v2.0/rbac-policies": "preview",
  "GET /v2.0/rbac-policies/{id}": "preview",
  "PUT /v2.0/rbac-policies/{id}": "preview",
  "DELETE /v2.0/rbac-policies/{id}": "preview",
  "GET /v2.0/security-group-rules": "preview",
  "POST /v2.0/security-group-rules": "preview",
  "GET /v2.0/security-group-rules/{id}": "preview",
  "DELETE /v2.0/security-group-rules/{id}": "preview",
  "GET /v2.0/security-groups": "preview",
  "POST /v2.0/security-groups": "preview",
  "GET /v2.0/security-groups/{id}": "preview",
  "PUT /v2.0/security-groups/{id}": "preview",
  "DELETE /v2.0/security-groups/{id}": "preview",
  "GET /v2.0/security-groups/{id}/tags": "preview",
  "PUT /v2.0/security-groups/{id}/tags": "preview",
  "DELETE /v2.0/security-groups/{id}/tags": "preview",
  "GET /v2.0/security-groups/{id}/tags/{tag}": "preview",
  "PUT /v2.0/security-groups/{id}/tags/{tag}": "preview",
  "DELETE /v2.0/security-groups/{id}/tags/{tag}": "preview",
} as const;
