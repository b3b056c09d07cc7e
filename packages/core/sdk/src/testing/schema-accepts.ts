import { Ajv, type ValidateFunction } from 'ajv';
import type { JsonSchema } from '../service-plugin.js';

const ajv = new Ajv({ strict: false, validateFormats: false });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** Whether a value satisfies an attribute's request schema, as the host's validator would decide. */
export function schemaAccepts(schema: JsonSchema, value: unknown): boolean {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = compileOrTrust(schema);
    compiled.set(schema, validate);
  }
  return validate(value);
}

/** A schema Ajv cannot compile cannot be checked here; the app's answer will tell. */
function compileOrTrust(schema: JsonSchema): ValidateFunction {
  try {
    return ajv.compile(schema);
  } catch {
    return (() => true) as unknown as ValidateFunction;
  }
}
