// node --test: test:core fails a stable test that loads a preview, and passes one that needs none.
// Runs the real scripts/test-core.sh on a copy of this workspace with planted probes
// (plant-probes.mjs), limited to the probes' test target so it takes a minute, not the full run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import test from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { CORE_ONLY, NEEDS_PREVIEW, PREVIEW } from './plant-probes.mjs';

const script = fileURLToPath(new URL('../test-core.sh', import.meta.url));
const plantProbes = fileURLToPath(new URL('./plant-probes.mjs', import.meta.url));

test('a stable test that imports a preview fails test:core, one that does not passes', { timeout: 900_000 }, () => {
  const run = spawnSync(script, {
    encoding: 'utf8',
    env: { ...process.env, TEST_CORE_PROJECTS: `${NEEDS_PREVIEW},${CORE_ONLY}`, TEST_CORE_TARGETS: 'test', TEST_CORE_PREPARE: `node ${plantProbes}` },
  });
  // Nx colours its summary when CI is set; the assertions read the text.
  const output = stripVTControlCharacters(`${run.stdout}${run.stderr}`);
  assert.equal(run.status, 1, output);
  assert.match(output, new RegExp(`removed .*${PREVIEW} \\(packages/preview/probe-preview\\)`));
  assert.match(output, new RegExp(`Cannot find package '${PREVIEW}'`));
  const failed = output.split('Failed tasks:')[1] ?? '';
  assert.match(failed, new RegExp(`- ${NEEDS_PREVIEW}:test`), output);
  assert.doesNotMatch(failed, new RegExp(`${CORE_ONLY}:test`), output);
  assert.match(output, /FAILED: a stable project's target fails in a workspace without previews/);
});
