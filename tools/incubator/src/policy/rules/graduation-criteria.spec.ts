import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../../tests/policy/snapshot-builders.js';
import type { GraduationCriteria } from '../../lib/graduation-criteria.js';
import type { WorkspaceSnapshot } from '../workspace-snapshot.js';
import { checkGraduationCriteria } from './graduation-criteria.js';

function withCriteria(graduation: unknown, defaults: GraduationCriteria = {}): WorkspaceSnapshot {
  const snapshot = snapshotOf();
  snapshot.config = { ...snapshot.config, graduation: defaults };
  snapshot.blueprints[1] = { ref: 'BP-0002', file: 'blueprints/BP-0002.md', status: 'approved', graduation };
  return snapshot;
}

const messages = (snapshot: WorkspaceSnapshot) => checkGraduationCriteria(snapshot).map((finding) => finding.message);

describe('graduation-criteria', () => {
  it('passes blueprints without criteria, and valid criteria at least as strict as the defaults', () => {
    expect(checkGraduationCriteria(snapshotOf())).toEqual([]);
    const criteria = { min_cycles_in_preview: 2, api_soak_cycles: 1, tests: true, benchmarks: { evaluate_p99_ms: '<= 5', list_ratio_vs_bare: '>= 0.9' }, docs: ['Upgrade', 'Limitations'] };
    expect(checkGraduationCriteria(withCriteria(criteria, { min_cycles_in_preview: 1, tests: true, benchmarks: { evaluate_p99_ms: { comparison: '<=', bound: 10 } } }))).toEqual([]);
  });

  it('names the file and key of an unknown criterion or a wrong value, and says what is expected', () => {
    const findings = checkGraduationCriteria(withCriteria({ min_cycles: 2, api_soak_cycles: -1, tests: 'yes', benchmarks: { evaluate_p99_ms: '< 5', 'P99!': '<= 1' }, docs: 'Upgrade' }));
    expect(findings.map((finding) => finding.message)).toEqual([
      'blueprints/BP-0002.md: graduation.min_cycles is not a graduation criterion; expected one of min_cycles_in_preview, api_soak_cycles, tests, benchmarks, docs.',
      'blueprints/BP-0002.md: graduation.api_soak_cycles is -1; expected a non-negative integer number of release cycles.',
      'blueprints/BP-0002.md: graduation.tests is "yes"; expected true or false.',
      'blueprints/BP-0002.md: graduation.benchmarks.evaluate_p99_ms is "< 5"; expected a bound as a string, "<= <number>" or ">= <number>".',
      'blueprints/BP-0002.md: graduation.benchmarks.P99! is not a figure name; expected lower-case letters, digits and underscores, as the bench target prints it.',
      'blueprints/BP-0002.md: graduation.docs is "Upgrade"; expected a list of README section titles, such as [Upgrade, Limitations].',
    ]);
    expect(findings[0]).toMatchObject({ rule: 'graduation-criteria', severity: 'error', file: 'blueprints/BP-0002.md', fix: expect.stringContaining('correct graduation.min_cycles in the front matter of blueprints/BP-0002.md') });
    expect(messages(withCriteria(['tests']))).toEqual(['blueprints/BP-0002.md: graduation is ["tests"]; expected a mapping of criteria (min_cycles_in_preview, api_soak_cycles, tests, benchmarks, docs).']);
  });

  it('refuses criteria laxer than the defaults in nx.json: fewer cycles, waived tests, a looser bound', () => {
    const defaults: GraduationCriteria = { min_cycles_in_preview: 2, api_soak_cycles: 1, tests: true, benchmarks: { evaluate_p99_ms: { comparison: '<=', bound: 5 } } };
    const findings = checkGraduationCriteria(withCriteria({ min_cycles_in_preview: 1, tests: false, benchmarks: { evaluate_p99_ms: '<= 8' } }, defaults));
    expect(findings.map((finding) => finding.message)).toEqual([
      'blueprints/BP-0002.md: graduation.min_cycles_in_preview is 1, below the default 2; a blueprint may only raise it.',
      'blueprints/BP-0002.md: graduation.tests is false, but the default requires passing tests; a blueprint may not waive them.',
      'blueprints/BP-0002.md: graduation.benchmarks.evaluate_p99_ms is "<= 8", laxer than the default "<= 5"; a blueprint may only tighten it.',
    ]);
    expect(findings[0]?.fix).toContain('pluginsConfig["@switchyard/incubator"].graduation in nx.json');
    expect(messages(withCriteria({ benchmarks: { evaluate_p99_ms: '>= 1' } }, defaults))).toEqual([
      'blueprints/BP-0002.md: graduation.benchmarks.evaluate_p99_ms is ">= 1", laxer than the default "<= 5"; a blueprint may only tighten it.',
    ]);
  });

  it('keeps a figure named like an Object member as a figure', () => {
    const defaults: GraduationCriteria = { benchmarks: { constructor: { comparison: '>=' as const, bound: 3 } } };
    // A blueprint without that figure inherits nothing from Object.prototype.constructor.
    expect(checkGraduationCriteria(withCriteria({ benchmarks: { other_figure: '<= 1' } }, defaults))).toEqual([]);
    expect(messages(withCriteria({ benchmarks: { constructor: '>= 2' } }, defaults))).toEqual([
      'blueprints/BP-0002.md: graduation.benchmarks.constructor is ">= 2", laxer than the default ">= 3"; a blueprint may only tighten it.',
    ]);
  });

  it('reports front matter that is not valid YAML', () => {
    const snapshot = snapshotOf();
    snapshot.blueprints[1] = { ref: 'BP-0002', file: 'blueprints/BP-0002.md', status: 'approved', frontMatterError: 'Unexpected flow-map-end token' };
    expect(messages(snapshot)).toEqual(['blueprints/BP-0002.md: the front matter is not valid YAML: Unexpected flow-map-end token']);
  });
});
