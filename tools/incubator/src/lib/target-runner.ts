import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** What one `nx run <project>:<target>` did: its exit code and what it printed (stdout and stderr). */
export interface TargetRun {
  project: string;
  target: string;
  exitCode: number;
  output: string;
}

/**
 * Runs one target of one project. Injected into promote, so generator unit tests on a virtual Tree
 * never start Nx; `runNxTarget` is the real one.
 */
export type TargetRunner = (workspaceRoot: string, project: string, target: string) => Promise<TargetRun>;

/**
 * `nx run <project>:<target>` in the workspace, through Nx so its cache answers when the sources are
 * unchanged. The variables of an enclosing Nx task are left out: Nx would take this run for a
 * recursive call of that task and refuse it.
 */
export const runNxTarget: TargetRunner = (workspaceRoot, project, target) => {
  const nxBin = createRequire(join(workspaceRoot, 'package.json')).resolve('nx/bin/nx.js');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NX_TASK_') && key !== 'NX_INVOCATION_ROOT_PID'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nxBin, 'run', `${project}:${target}`, '--output-style=static'], {
      cwd: workspaceRoot,
      env: { ...env, FORCE_COLOR: '0', NX_INTERACTIVE: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ project, target, exitCode: code ?? (signal === null ? 1 : 128), output }));
  });
};
