import type { JsonSchema } from '../service-plugin.js';

/**
 * The NeutronError body every refusal has (`{"NeutronError": {type, message, detail, code}}`).
 *
 * @public
 */
export const neutronErrorSchema: JsonSchema = {
  type: 'object',
  required: ['NeutronError'],
  properties: {
    NeutronError: {
      type: 'object',
      required: ['type', 'message', 'code'],
      properties: { type: { type: 'string' }, message: { type: 'string' }, detail: { type: 'string' }, code: { type: 'string' } },
    },
  },
};

/**
 * Documents the error body on every kit route, so clients and the contract checks know it.
 *
 * @public
 */
export const neutronErrorResponses: Record<string, JsonSchema> = { '4xx': neutronErrorSchema };
