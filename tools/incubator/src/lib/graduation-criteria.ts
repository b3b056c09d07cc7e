/**
 * What a preview must show before `promote` takes it to stable (issue 10): defaults in nx.json
 * (`pluginsConfig["@switchyard/incubator"].graduation`), made stricter by a blueprint's front
 * matter (`graduation:`). This module reads and compares them; it checks no evidence.
 */
export interface GraduationCriteria {
  /** Release cycles since the preview entered (or was last renewed). */
  min_cycles_in_preview?: number;
  /** Cycles, up to the current one, without a breaking change of the preview's HTTP or TypeScript API. */
  api_soak_cycles?: number;
  /** The package's lint, typecheck and test targets pass for the current sources. */
  tests?: boolean;
  /** Figures the package's `bench` target prints as JSON, each with the bound it must meet. */
  benchmarks?: Record<string, Threshold>;
  /** README sections (`## <name>`) that must exist. */
  docs?: string[];
}

export interface Threshold {
  comparison: '<=' | '>=';
  bound: number;
}

/** One key that is not a valid criterion, or not as strict as the default. */
export interface CriteriaProblem {
  /** Dotted path under `graduation`, such as `benchmarks.evaluate_p99_ms`. */
  key: string;
  message: string;
}

const CRITERIA_KEYS = ['min_cycles_in_preview', 'api_soak_cycles', 'tests', 'benchmarks', 'docs'] as const;
const THRESHOLD = /^(<=|>=)\s*(-?\d+(?:\.\d+)?)$/;
const BENCHMARK_NAME = /^[a-z][a-z0-9_]*$/;

export function parseGraduationCriteria(raw: unknown): { criteria: GraduationCriteria; problems: CriteriaProblem[] } {
  if (raw === undefined || raw === null) return { criteria: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { criteria: {}, problems: [{ key: '', message: `is ${describe(raw)}; expected a mapping of criteria (${CRITERIA_KEYS.join(', ')})` }] };
  const criteria: GraduationCriteria = {};
  const problems: CriteriaProblem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const problem = readCriterion(criteria, key, value);
    if (problem !== undefined) problems.push(...problem);
  }
  return { criteria, problems };
}

function readCriterion(criteria: GraduationCriteria, key: string, value: unknown): CriteriaProblem[] | undefined {
  switch (key) {
    case 'min_cycles_in_preview':
    case 'api_soak_cycles':
      if (Number.isInteger(value) && (value as number) >= 0) criteria[key] = value as number;
      else return [{ key, message: `is ${describe(value)}; expected a non-negative integer number of release cycles` }];
      return undefined;
    case 'tests':
      if (typeof value === 'boolean') criteria.tests = value;
      else return [{ key, message: `is ${describe(value)}; expected true or false` }];
      return undefined;
    case 'benchmarks':
      return readBenchmarks(criteria, value);
    case 'docs':
      if (Array.isArray(value) && value.every((section) => typeof section === 'string' && section.trim() !== '')) criteria.docs = value as string[];
      else return [{ key, message: `is ${describe(value)}; expected a list of README section titles, such as [Upgrade, Limitations]` }];
      return undefined;
    default:
      return [{ key, message: `is not a graduation criterion; expected one of ${CRITERIA_KEYS.join(', ')}` }];
  }
}

function readBenchmarks(criteria: GraduationCriteria, value: unknown): CriteriaProblem[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ key: 'benchmarks', message: `is ${describe(value)}; expected a mapping of figure names to bounds, such as { evaluate_p99_ms: "<= 5" }` }];
  }
  // Null prototype: the names come from a file, and `__proto__` must stay a name like any other.
  const benchmarks: Record<string, Threshold> = Object.create(null);
  const problems: CriteriaProblem[] = [];
  for (const [name, bound] of Object.entries(value)) {
    const match = typeof bound === 'string' ? THRESHOLD.exec(bound.trim()) : null;
    if (!BENCHMARK_NAME.test(name)) problems.push({ key: `benchmarks.${name}`, message: 'is not a figure name; expected lower-case letters, digits and underscores, as the bench target prints it' });
    else if (match === null) problems.push({ key: `benchmarks.${name}`, message: `is ${describe(bound)}; expected a bound as a string, "<= <number>" or ">= <number>"` });
    else benchmarks[name] = { comparison: match[1] as Threshold['comparison'], bound: Number(match[2]) };
  }
  criteria.benchmarks = benchmarks;
  return problems.length > 0 ? problems : undefined;
}

/** Where a blueprint's criteria are laxer than the defaults: a blueprint may only add or tighten. */
export function laxerThanDefaults(criteria: GraduationCriteria, defaults: GraduationCriteria): CriteriaProblem[] {
  const problems: CriteriaProblem[] = [];
  for (const key of ['min_cycles_in_preview', 'api_soak_cycles'] as const) {
    const wanted = defaults[key];
    const given = criteria[key];
    if (wanted !== undefined && given !== undefined && given < wanted) problems.push({ key, message: `is ${given}, below the default ${wanted}; a blueprint may only raise it` });
  }
  if (defaults.tests === true && criteria.tests === false) problems.push({ key: 'tests', message: 'is false, but the default requires passing tests; a blueprint may not waive them' });
  for (const [name, wanted] of Object.entries(defaults.benchmarks ?? {})) {
    const given = criteria.benchmarks?.[name];
    if (given !== undefined && !atLeastAsStrict(given, wanted)) {
      problems.push({ key: `benchmarks.${name}`, message: `is "${format(given)}", laxer than the default "${format(wanted)}"; a blueprint may only tighten it` });
    }
  }
  return problems;
}

function atLeastAsStrict(given: Threshold, wanted: Threshold): boolean {
  if (given.comparison !== wanted.comparison) return false;
  return given.comparison === '<=' ? given.bound <= wanted.bound : given.bound >= wanted.bound;
}

function format(threshold: Threshold): string {
  return `${threshold.comparison} ${threshold.bound}`;
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}
