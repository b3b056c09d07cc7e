import { describe, expect, it } from 'vitest';
import { STABILITIES, StabilityMetadataError, lastApprovedCycle, readStabilityMetadata, stabilityLabel } from './stability.js';

const source = 'packages/preview/firewall/package.json';

function readError(packageJson: unknown): StabilityMetadataError {
  try {
    readStabilityMetadata(packageJson, source);
  } catch (error) {
    if (error instanceof StabilityMetadataError) return error;
    throw error;
  }
  throw new Error('expected the metadata to be rejected');
}

describe('readStabilityMetadata', () => {
  it('reads valid metadata, with and without renewals', () => {
    expect(readStabilityMetadata({ switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0002' } }, source)).toEqual({
      stability: 'preview',
      enteredCycle: 1,
      blueprint: 'BP-0002',
    });
    const renewals = [{ cycle: 3, blueprint: 'BP-0009' }];
    expect(readStabilityMetadata({ switchyard: { stability: 'stable', enteredCycle: 0, blueprint: 'BP-1', renewals } }, source)).toEqual({
      stability: 'stable',
      enteredCycle: 0,
      blueprint: 'BP-1',
      renewals,
    });
  });

  it.each([[{}], [null], [{ switchyard: 'preview' }], [{ switchyard: ['preview'] }]])('explains the expected shape when the field is missing (%j)', (packageJson) => {
    const error = readError(packageJson);
    expect(error.name).toBe('StabilityMetadataError');
    expect(error.message).toBe(
      `${source}: missing "switchyard" field; expected {"stability": "stable" | "preview", "enteredCycle": <number>, "blueprint": "<ref>"}`,
    );
  });

  it('quotes a bad stability', () => {
    expect(readError({ switchyard: { stability: 'beta', enteredCycle: 1, blueprint: 'BP-1' } }).message).toBe(
      `${source}: "switchyard.stability" is "beta"; expected "stable" or "preview"`,
    );
  });

  it.each([[-1], [1.5], ['1'], [undefined]])('rejects enteredCycle %j', (enteredCycle) => {
    expect(readError({ switchyard: { stability: 'stable', enteredCycle, blueprint: 'BP-1' } }).message).toBe(
      `${source}: "switchyard.enteredCycle" is ${JSON.stringify(enteredCycle)}; expected a release cycle number such as 1`,
    );
  });

  it.each([[''], ['  '], [7]])('rejects blueprint %j', (blueprint) => {
    expect(readError({ switchyard: { stability: 'stable', enteredCycle: 1, blueprint } }).message).toBe(
      `${source}: "switchyard.blueprint" is ${JSON.stringify(blueprint)}; expected the reference of an approved blueprint, such as "BP-0002"`,
    );
  });

  it.each([['BP-2'], [[{ cycle: 'two', blueprint: 'BP-2' }]], [[{ cycle: 2 }]]])('rejects renewals %j', (renewals) => {
    expect(readError({ switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-1', renewals } }).message).toBe(
      `${source}: "switchyard.renewals" must be a list of {"cycle": <number>, "blueprint": "<ref>"}`,
    );
  });
});

describe('lastApprovedCycle', () => {
  it('counts from entry, or from the latest renewal', () => {
    expect(lastApprovedCycle({ stability: 'preview', enteredCycle: 2, blueprint: 'BP-1' })).toBe(2);
    const renewals = [
      { cycle: 5, blueprint: 'BP-3' },
      { cycle: 4, blueprint: 'BP-2' },
    ];
    expect(lastApprovedCycle({ stability: 'preview', enteredCycle: 2, blueprint: 'BP-1', renewals })).toBe(5);
  });
});

describe('stabilityLabel', () => {
  it('labels previews and leaves stable code unlabelled', () => {
    expect(STABILITIES.map(stabilityLabel)).toEqual(['', '[preview]']);
  });
});
