import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SwitchyardError, invalidInput } from '@switchyard/sdk';
import { concurrencyErrorOf } from '../neutron/shared/database-errors.js';
import { databaseUnavailableErrorOf } from '../neutron/shared/database-unavailable.js';

/**
 * One place turns every failure into Neutron's error shape, so clients see
 * `{"NeutronError": {"type", "message", "detail", "code"}}` with the right status. A statement the
 * database refused because of a concurrent request (a broken foreign key, a lost race) is a 404 or
 * 409 here, for core and plugin routes alike; a database that timed out or went away is a 503 the
 * client may retry; only unexpected failures are 500s.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const refused = error instanceof SwitchyardError ? undefined : concurrencyErrorOf(error);
    // A route that let a race reach the database is worth knowing about, though the client is answered well.
    if (refused) request.log.warn({ err: error }, `the database refused a change racing another request; answered ${refused.type}`);
    const switchyardError = refused ?? databaseUnavailableErrorOf(error) ?? toSwitchyardError(error);
    if (switchyardError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(switchyardError.statusCode).send(switchyardError.toBody());
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new SwitchyardError('SY_ERR_NOT_FOUND', `The resource could not be found: ${request.method} ${request.url.split('?')[0]}`, {
      type: 'HTTPNotFound',
    });
    void reply.status(404).send(error.toBody());
  });
}

/**
 * Fastify answers a URL it cannot route (bad percent-encoding, an over-long id) before any hook
 * runs; this gives those the same NeutronError body as every other refusal.
 */
export function renderFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'Invalid input for the request path: an id is longer than any resource id (at most 100 characters).'
      : 'Invalid input for the request path: it is not a valid URL (check its percent-encoding).';
  void reply.status(400).send(invalidInput(message).toBody());
}

function toSwitchyardError(error: FastifyError): SwitchyardError {
  if (error instanceof SwitchyardError) return error;
  if (error.validation) return invalidInput(describeValidation(error));
  if (error.statusCode === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return invalidInput(`Unsupported content type; send JSON with "Content-Type: application/json".`);
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return invalidInput(error.message);
  }
  return new SwitchyardError('SY_ERR_INTERNAL', 'Request failed because of an internal error.');
}

/** Names the offending field: "Invalid input for network.name: must be string". */
function describeValidation(error: FastifyError): string {
  const [first] = error.validation ?? [];
  if (!first) return error.message;
  const where = [error.validationContext, first.instancePath.replace(/^\//, '').replaceAll('/', '.')]
    .filter(Boolean)
    .join('.');
  const missing = (first.params as { missingProperty?: string }).missingProperty;
  const extra = (first.params as { additionalProperty?: string }).additionalProperty;
  if (missing) return `Invalid input for ${where ? `${where}.` : ''}${missing}: the field is required.`;
  if (extra) return `Invalid input for ${where}: unrecognized attribute '${extra}'.`;
  return `Invalid input for ${where || 'request'}: ${first.message ?? 'is not valid'}.`;
}
