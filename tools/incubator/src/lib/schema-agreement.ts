/**
 * Compares a generator's schema.json with the interface in its schema.d.ts, so the command-line
 * contract and the options type cannot drift apart. Returns findings; empty means they agree.
 */
export interface GeneratorSchema {
  properties: Record<string, { type?: string }>;
  required?: string[];
}

const TS_TYPES: Record<string, string> = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean' };

export function compareSchemaWithTypes(schema: GeneratorSchema, declaration: string, interfaceName: string): string[] {
  const declared = readInterfaceProperties(declaration, interfaceName);
  if (declared === undefined) return [`schema.d.ts has no "export interface ${interfaceName}"`];
  const findings: string[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties)) {
    const typed = declared.get(name);
    if (typed === undefined) {
      findings.push(`"${name}" is in schema.json but not in ${interfaceName}`);
      continue;
    }
    if (typed.optional === required.has(name)) findings.push(`"${name}" is ${required.has(name) ? 'required' : 'optional'} in schema.json but not in ${interfaceName}`);
    const expected = TS_TYPES[property.type ?? ''];
    if (expected !== undefined && typed.type !== expected) findings.push(`"${name}" is ${expected} in schema.json but ${typed.type} in ${interfaceName}`);
  }
  for (const name of declared.keys()) {
    if (!(name in schema.properties)) findings.push(`"${name}" is in ${interfaceName} but not in schema.json`);
  }
  return findings;
}

function readInterfaceProperties(declaration: string, interfaceName: string): Map<string, { optional: boolean; type: string }> | undefined {
  const body = new RegExp(`export interface ${interfaceName} \\{([^}]*)\\}`).exec(declaration)?.[1];
  if (body === undefined) return undefined;
  const properties = new Map<string, { optional: boolean; type: string }>();
  for (const match of body.matchAll(/^\s*(\w+)(\?)?:\s*([^;]+);/gm)) {
    properties.set(match[1], { optional: match[2] === '?', type: match[3].trim() });
  }
  return properties;
}
