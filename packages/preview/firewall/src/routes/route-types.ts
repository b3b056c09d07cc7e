import type { ServicePlugin } from '@switchyard/sdk';

/** The Fastify instance the host hands to the plugin, named through the SDK's contract. */
export type FirewallApp = Parameters<ServicePlugin['routes']>[0];

export const FWAAS_PREFIX = '/v2.0/fwaas';
