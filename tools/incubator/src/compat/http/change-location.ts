/**
 * Where in an operation a change happened, read from a diff path below the operation
 * (`responses/200/content/application~json/schema/properties/networks/items/...`), and the name
 * a person would search for: `GET /v2.0/networks 200 response networks[].mtu`.
 */
export type ChangePlace = 'response' | 'request' | 'parameter' | 'status' | 'operation-annotation';

export interface ChangeLocation {
  place: ChangePlace;
  /** The response status code, for `response` and `status`. */
  status?: string;
  /** `query limit`, for `parameter`. */
  parameter?: string;
  /** Field path inside the body or parameter schema: `networks[].mtu`; empty at the schema's root. */
  field: string;
  /** The schema keyword that changed (`type`, `enum`, `required`, `maxLength`...), or `properties` for a field itself. */
  keyword?: string;
  /** What follows the keyword (an enum index, a required index), when anything does. */
  rest: (string | number)[];
}

/** @param parametersKey where the diffed operation keeps its parameters by `<in> <name>`. */
export function locateChange(below: readonly (string | number)[], parametersKey = 'parameters'): ChangeLocation {
  const [first, second] = below;
  if (first === 'responses' && below.length <= 2) return { place: 'status', status: String(second), field: '', rest: [] };
  if (first === 'responses') return { place: 'response', status: String(second), ...schemaPlace(below.slice(2), ['content', '*', 'schema']) };
  if (first === 'requestBody') return { place: 'request', ...schemaPlace(below.slice(1), ['content', '*', 'schema']) };
  if (first === parametersKey && second !== undefined) {
    return { place: 'parameter', parameter: String(second), ...schemaPlace(below.slice(2), ['schema']) };
  }
  return { place: 'operation-annotation', field: '', keyword: first === undefined ? undefined : String(first), rest: below.slice(1) };
}

/** Skips the wrapper segments (`content/<type>/schema`) then walks properties/items to the keyword. */
function schemaPlace(segments: readonly (string | number)[], wrapper: readonly string[]): Omit<ChangeLocation, 'place' | 'status' | 'parameter'> {
  let index = 0;
  while (index < wrapper.length && index < segments.length && (wrapper[index] === '*' || wrapper[index] === segments[index])) index += 1;
  if (index < wrapper.length) return { field: '', keyword: segments[index] === undefined ? undefined : String(segments[index]), rest: segments.slice(index + 1) };
  let field = '';
  while (index < segments.length) {
    const segment = segments[index];
    if (segment === 'properties' && index + 1 < segments.length) {
      field = field === '' ? String(segments[index + 1]) : `${field}.${String(segments[index + 1])}`;
      index += 2;
    } else if (segment === 'items') {
      field = `${field}[]`;
      index += 1;
    } else {
      break;
    }
  }
  const keyword = segments[index];
  return { field, keyword: keyword === undefined ? undefined : String(keyword), rest: segments.slice(index + 1) };
}

/** `GET /v2.0/networks 200 response networks[].mtu`, `POST /v2.0/networks request network.name`, `GET /v2.0/networks query parameter limit`. */
export function elementName(operation: string, location: ChangeLocation, field = location.field): string {
  const at = field === '' ? '' : ` ${field}`;
  switch (location.place) {
    case 'status':
      return `${operation} ${location.status} response`;
    case 'response':
      return `${operation} ${location.status} response${at}`;
    case 'request':
      return `${operation} request${at}`;
    case 'parameter':
      return `${operation} ${parameterName(location.parameter ?? '')}${at}`;
    default:
      return `${operation} ${location.keyword ?? ''}`.trimEnd();
  }
}

/** `query limit` (how parameters are keyed) -> `query parameter limit`. */
function parameterName(keyed: string): string {
  const space = keyed.indexOf(' ');
  return space < 0 ? `parameter ${keyed}` : `${keyed.slice(0, space)} parameter ${keyed.slice(space + 1)}`;
}
