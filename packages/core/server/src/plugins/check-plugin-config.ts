import { Ajv, type ErrorObject } from 'ajv';
import { PluginLoadError } from '../errors.js';
import type { LoadedServicePlugin } from './loaded-plugin.js';

/** Ajv fills defaults in and reports every keyword with the schema that failed (for "expected ..."). */
const ajv = new Ajv({ allErrors: false, useDefaults: true, verbose: true, strict: false });

/**
 * Validates `[plugins.<service>]` against the plugin's `configSchema` and returns a copy with
 * defaults filled in. A plugin without a schema accepts no keys: an unread key is a typo.
 */
export function checkPluginConfig(loaded: LoadedServicePlugin, section: Record<string, unknown> | undefined, source: string) {
  const config = structuredClone(section ?? {});
  const schema = loaded.plugin.configSchema ?? { type: 'object', properties: {}, additionalProperties: false };
  const validate = ajv.compile(schema);
  if (validate(config)) return config;
  const [first] = validate.errors ?? [];
  throw new PluginLoadError(`${source}: ${describeError(loaded.service, first, config)}`);
}

function describeError(service: string, error: ErrorObject | undefined, config: Record<string, unknown>): string {
  const section = `[plugins.${service}]`;
  if (error === undefined) return `${section} is not valid`;
  const key = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const params = error.params as { additionalProperty?: string; missingProperty?: string };
  if (error.keyword === 'additionalProperties') {
    const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
    const where = key === '' ? section : `${section} ${key}`;
    const choices = allowed.length > 0 ? `allowed keys: ${allowed.join(', ')}` : `${service} takes no settings here`;
    return `unknown key ${JSON.stringify(params.additionalProperty)} in ${where}; ${choices}`;
  }
  if (error.keyword === 'required') {
    return `${section} ${joinKey(key, params.missingProperty)} is missing; expected it to be set (${service} requires it)`;
  }
  return `${section} ${key} is ${JSON.stringify(valueAt(config, error.instancePath))}; expected ${expectation(error)}`;
}

function joinKey(parent: string, child: string | undefined): string {
  return [parent, child].filter(Boolean).join('.');
}

function valueAt(config: Record<string, unknown>, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((value, segment) => (value as Record<string, unknown> | undefined)?.[segment], config);
}

/** "an integer from 1 to 1000", "one of "allow", "deny"", else Ajv's own words. */
function expectation(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  const type = typeof schema.type === 'string' ? schema.type : undefined;
  const range = rangeOf(schema);
  if (type !== undefined) return `${article(type)} ${type}${range}`;
  return error.message?.replace(/^must /, '') ?? 'a valid value';
}

function rangeOf(schema: Record<string, unknown>): string {
  const { minimum, maximum } = schema;
  if (typeof minimum === 'number' && typeof maximum === 'number') return ` from ${minimum} to ${maximum}`;
  if (typeof minimum === 'number') return ` of at least ${minimum}`;
  if (typeof maximum === 'number') return ` of at most ${maximum}`;
  return '';
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
