import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './shared.ts';

// bench/profile.ts as a process, on the example texts (a data directory without the gold sets),
// one warm pass: with --batch it must profile analyzeBatch (the per-text profile never calls it).

function profile(args: string[]): { stdout: string; out: string } {
  const out = mkdtempSync(join(tmpdir(), 'corroborate-profile-test-'));
  const empty = mkdtempSync(join(tmpdir(), 'corroborate-profile-nodata-'));
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/profile.ts', '--passes', '1', '--top', '40', '--data', empty, '--out', out, ...args],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  rmSync(empty, { recursive: true, force: true });
  assert.equal(run.status, 0, run.stderr);
  return { stdout: run.stdout, out };
}

test('bench/profile.ts --batch profiles analyzeBatch and names its file so', () => {
  const batch = profile(['--batch']);
  try {
    assert.match(batch.stdout, /^profile: analyzeBatch, \d+ texts x 1 passes/);
    assert.match(batch.stdout, /total {2}analyzeBatch {2}src\/analyze\.ts:\d+/);
    const written = /written: (\S+)/.exec(batch.stdout)![1];
    assert.match(written, /analyze-batch-\d+\.cpuprofile$/);
    assert.ok(JSON.parse(readFileSync(written, 'utf8')).nodes.length > 0);
  } finally {
    rmSync(batch.out, { recursive: true, force: true });
  }
});
