import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './shared.ts';

// The CLI as a real child process, for the tests that drive `corroborate` end to end. The child
// never inherits a DATABASE_URL (a test picks its backend with --db or env), and standard input
// is closed unless the test gives some.

export const BIN = join(REPO_ROOT, 'bin', 'corroborate.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Written to the child's standard input, which is then closed. */
  input?: string;
  /** Set in the child's environment after DATABASE_URL and `unset` are removed. */
  env?: Record<string, string>;
  /** More variables of this process's environment to keep from the child. */
  unset?: string[];
}

export function runCli(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ['DATABASE_URL', ...(opts.unset ?? [])]) delete env[name];
    Object.assign(env, opts.env);
    const stdin = opts.input === undefined ? 'ignore' : 'pipe';
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env, stdio: [stdin, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    if (opts.input !== undefined) child.stdin!.end(opts.input);
  });
}
