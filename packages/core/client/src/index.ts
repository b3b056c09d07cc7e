export type { ClientOptions } from './client-options.js';
export { createSwitchyardClient } from './create-switchyard-client.js';
export { type HttpMethod, type ServiceClientDefinition, type SwitchyardClient, defineServiceClient } from './define-service-client.js';
export { SwitchyardApiError, SwitchyardConnectionError, SwitchyardResponseError } from './errors.js';
export type { components, paths } from './generated/api.js';
export { operationStability } from './generated/operation-stability.js';
export type { OperationStabilities, OperationStability } from './operation-stability.js';
