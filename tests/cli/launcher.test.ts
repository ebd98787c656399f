// The `sverka` launcher: its first line starts Node with flags through `env -S`; Node must accept them, and on a
// POSIX system the file must run as a program (what npm's bin link and a shell do).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launcherFlags } from '../../scripts/bench/sverka-command';

const BIN = join(__dirname, '..', '..', 'bin', 'sverka.cjs');

describe('bin/sverka.cjs', () => {
  it('names node and flags that node accepts', () => {
    const flags = launcherFlags(BIN);
    expect(flags).toContain('--v8-pool-size=0');
    const result = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('ok');
  });

  it.skipIf(process.platform === 'win32')('runs as a program through its first line', () => {
    const result = spawnSync(BIN, ['--help'], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('align');
  });
});
