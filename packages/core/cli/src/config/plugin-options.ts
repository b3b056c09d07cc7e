import type { JsonSchema } from '@switchyard/sdk';

/** One key of a plugin's `[plugins.<service>]`, as its JSON schema describes it. */
export interface PluginOption {
  key: string;
  description?: string;
  /** What it accepts: "an integer from 1 to 10000", "one of "allow", "deny"". */
  accepts?: string;
  default?: unknown;
  required: boolean;
}

/** The top-level properties of a plugin's `configSchema`, in declaration order. */
export function pluginOptions(schema: JsonSchema | undefined): PluginOption[] {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
  return Object.entries(properties).map(([key, property]) => ({
    key,
    description: typeof property.description === 'string' ? property.description : undefined,
    accepts: acceptedValues(property),
    default: property.default,
    required: required.includes(key),
  }));
}

/** Worded as the server's refusals word it, so the sample and the error agree. */
function acceptedValues(property: JsonSchema): string | undefined {
  if (Array.isArray(property.enum)) return `one of ${property.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if (typeof property.type !== 'string') return undefined;
  const article = /^[aeiou]/.test(property.type) ? 'an' : 'a';
  return `${article} ${property.type}${rangeOf(property)}`;
}

function rangeOf(property: JsonSchema): string {
  const { minimum, maximum } = property;
  if (typeof minimum === 'number' && typeof maximum === 'number') return ` from ${minimum} to ${maximum}`;
  if (typeof minimum === 'number') return ` of at least ${minimum}`;
  if (typeof maximum === 'number') return ` of at most ${maximum}`;
  return '';
}
