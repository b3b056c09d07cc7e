import type { JsonSchema } from '../../service-plugin.js';
import { typesOf } from '../names.js';
import type { ConformanceRequest } from '../options.js';
import { OVERSIZED_BODY_LENGTH, OVERSIZED_STRING_LENGTH, PROTOTYPE_NAMES, deepArrayText, deepObjectText, withOwn } from './hostile-values.js';

const BAD_NUMBERS = ['99999999999999999999', '-1e21', '-1', '1.5', '1e308', '9007199254740993', '1e400'];

export interface BodyTarget {
  method: 'POST' | 'PUT';
  url: string;
  singular: string;
  /** The request schema's envelope (`createBody` or `updateBody`). */
  envelope: JsonSchema;
  /** Valid attributes, so that only the hostile part is wrong. */
  valid: Record<string, unknown>;
}

/**
 * Bodies that break one thing at a time: prototype-named keys, NUL and lone surrogates,
 * oversized strings and bodies, deep nesting, bad numbers, unknown attributes.
 */
export function knownBadBodyRequests(target: BodyTarget): ConformanceRequest[] {
  const payloads = [...prototypePayloads(target), ...stringPayloads(target), ...numberPayloads(target), ...shapePayloads(target)];
  return payloads.map((payload) => ({ method: target.method, url: target.url, payload, headers: { 'content-type': 'application/json' } }));
}

function prototypePayloads({ singular, valid }: BodyTarget): string[] {
  const inAttributes = PROTOTYPE_NAMES.map((name) => JSON.stringify({ [singular]: withOwn(valid, name, { polluted: true }) }));
  const inEnvelope = [
    JSON.stringify(withOwn({}, '__proto__', { [singular]: valid })),
    JSON.stringify({ constructor: { prototype: { [singular]: valid } } }),
    JSON.stringify(withOwn({ [singular]: valid }, '__proto__', { isAdmin: true })),
  ];
  return [...inAttributes, ...inEnvelope];
}

function stringPayloads(target: BodyTarget): string[] {
  const oversized = 'x'.repeat(OVERSIZED_STRING_LENGTH);
  return attributesOfType(target, 'string').flatMap((name) =>
    ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', oversized].map((value) => JSON.stringify({ [target.singular]: { ...target.valid, [name]: value } })),
  );
}

/** Written as raw JSON text: `1e400` and 2^53 + 1 do not survive a round trip through a JavaScript number. */
function numberPayloads(target: BodyTarget): string[] {
  const names = [...attributesOfType(target, 'integer'), ...attributesOfType(target, 'number')];
  return names.flatMap((name) => BAD_NUMBERS.map((number) => withRawAttribute(target, name, number)));
}

function shapePayloads(target: BodyTarget): string[] {
  const { singular, valid } = target;
  const first = Object.keys(propertiesOf(target))[0] ?? 'name';
  return [
    JSON.stringify({ [singular]: { ...valid, colour: 'red' } }),
    JSON.stringify({ [singular]: { ...valid, name: 'x'.repeat(OVERSIZED_BODY_LENGTH) } }),
    withRawAttribute(target, first, deepArrayText()),
    withRawAttribute(target, first, deepObjectText()),
    `{${JSON.stringify(singular)}:${deepObjectText()}}`,
    deepArrayText(),
    JSON.stringify({ [singular]: {} }),
  ];
}

/** `{"<resource>": {...valid, "<name>": <raw>}}` with `raw` inserted as JSON text. */
function withRawAttribute({ singular, valid }: BodyTarget, name: string, raw: string): string {
  const rest = { ...valid };
  delete rest[name];
  const others = JSON.stringify(rest).slice(1, -1);
  return `{${JSON.stringify(singular)}:{${others}${others === '' ? '' : ','}${JSON.stringify(name)}:${raw}}}`;
}

function attributesOfType(target: BodyTarget, type: string): string[] {
  return Object.entries(propertiesOf(target))
    .filter(([, schema]) => typesOf(schema)?.includes(type))
    .map(([name]) => name);
}

function propertiesOf({ envelope, singular }: BodyTarget): Record<string, JsonSchema> {
  const inner = (envelope.properties as Record<string, JsonSchema> | undefined)?.[singular];
  return ((inner?.properties ?? {}) as Record<string, JsonSchema>) ?? {};
}
