import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler';

type ValidatorCompiler = ReturnType<ValidatorFactory>;
type ValidateFunction = ReturnType<ValidatorCompiler>;
type ValidationError = { keyword: string; instancePath: string; schemaPath: string; params: Record<string, unknown>; message: string };

/**
 * Validation for every route, core and plugin alike. Bodies are JSON and are validated as sent:
 * Neutron answers 400 to `{"network": {"name": 123}}`, so nothing is coerced. Query strings and
 * path parameters are text, so they are coerced (and a single value becomes a one-item list).
 * No string anywhere may hold a NUL or a lone surrogate: PostgreSQL refuses the first and every
 * database silently rewrites the second, so both are 400s here rather than 500s or lost data.
 */
export const buildValidator: ValidatorFactory = (externalSchemas) => {
  const factory = AjvCompiler();
  const base = { removeAdditional: false, useDefaults: true } as const;
  const strict = factory(externalSchemas, { customOptions: { ...base, coerceTypes: false } });
  const textual = factory(externalSchemas, { customOptions: { ...base, coerceTypes: 'array' } });
  return (route) => rejectingUnsafeStrings((route.httpPart === 'body' ? strict : textual)(route));
};

function rejectingUnsafeStrings(validate: ValidateFunction): ValidateFunction {
  const guarded = ((data: unknown) => {
    const unsafe = findUnsafeString(data);
    if (unsafe !== undefined) {
      guarded.errors = [unsafe];
      return false;
    }
    const valid = validate(data);
    guarded.errors = validate.errors;
    return valid;
  }) as ValidateFunction & { errors?: unknown };
  return guarded;
}

/**
 * The first string (key or value) that the databases cannot store as sent, with its JSON pointer.
 * Iterative, so a deeply nested hostile body cannot overflow the stack.
 */
export function findUnsafeString(data: unknown): ValidationError | undefined {
  const pending: Array<{ value: unknown; path: string }> = [{ value: data, path: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      const found = unsafeReason(value, path);
      if (found) return found;
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const itemPath = `${path}/${key}`;
        const found = unsafeReason(key, itemPath);
        if (found) return found;
        pending.push({ value: item, path: itemPath });
      }
    }
  }
  return undefined;
}

// In a `u` regex a surrogate pair reads as one code point, so only a lone surrogate is `Cs`.
const LONE_SURROGATE = /\p{Cs}/u;

function unsafeReason(text: string, path: string): ValidationError | undefined {
  if (text.includes('\u0000')) return unsafe(path, 'must not contain NUL (\\u0000) characters');
  if (LONE_SURROGATE.test(text)) return unsafe(path, 'must be valid Unicode (it holds a lone surrogate)');
  return undefined;
}

function unsafe(instancePath: string, message: string): ValidationError {
  return { keyword: 'unsafeString', instancePath, schemaPath: '#', params: {}, message };
}
