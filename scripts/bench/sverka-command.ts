// The command line a shell runs for `sverka …`: this Node with the flags of bin/sverka.cjs's
// `#!/usr/bin/env -S node …` line, then the script. The whole-command figures time the command as users run it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Node's flags in the launcher's first line (none when it has no `env -S node` line). */
export function launcherFlags(bin: string): string[] {
  const first = readFileSync(bin, 'utf8').split('\n', 1)[0] ?? '';
  const match = /^#!\/usr\/bin\/env -S node((?: +--\S+)*)\s*$/.exec(first);
  return match === null ? [] : (match[1] ?? '').trim().split(/ +/).filter((flag) => flag.length > 0);
}

/** Program and leading arguments of `sverka`, run from the repository root. */
export function sverkaCommand(root = process.cwd()): string[] {
  const bin = resolve(root, 'bin', 'sverka.cjs');
  return [process.execPath, ...launcherFlags(bin), bin];
}
