import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIR } from './sample-scores';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'sverka.cjs');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'divergence');

function sverka(args: readonly string[], lang = 'en'): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SVERKA_LANG: lang }, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('sverka check (built CLI)', () => {
  const src = join(SAMPLE_DIR, 'ru.sentences.txt');
  const tgt = join(SAMPLE_DIR, 'en.sentences.txt');

  it('lists the flags with the span marked and exits 0', () => {
    const { stdout, status } = sverka(['check', src, tgt, '--presegmented', '--src-lang', 'ru', '--tgt-lang', 'en']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Pair \d+ · gloss · warning/u);
    expect(stdout).toContain('A bucha ⟦– which means ‘frenzy’ in Russian –⟧ was stirred up');
    expect(stdout).toContain('Подняли бучу, извините за каламбур, вокруг этой деревни.');
    expect(stdout).toMatch(/unaligned · warning\n.*Photo: MFA/u);
    expect(stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ flags in \d+ pairs\.$/u);
  });

  it('speaks Russian when the UI language is Russian, and applies a glossary', () => {
    const { stdout, status } = sverka(['check', src, tgt, '--presegmented', '--glossary', join(FIXTURES, 'osce-glossary.csv')], 'ru');
    expect(status).toBe(0);
    expect(stdout).toMatch(/Пара \d+ · пояснение · предупреждение/u);
    expect(stdout).toContain('Перевод добавляет пояснение');
    expect(stdout).toMatch(/терминология · предупреждение\n {2}Термин глоссария «корзина» следует переводить как «basket \/ baskets»/u);
  });

  it('runs only the chosen checks and lists flags from a minimum severity', () => {
    const { stdout, status } = sverka(['check', src, tgt, '--presegmented', '--kinds', 'gloss,unaligned', '--min-severity', 'warning']);
    expect(status).toBe(0);
    const headings = stdout.split('\n').filter((line) => line.startsWith('Pair '));
    expect(headings.length).toBeGreaterThanOrEqual(7);
    expect(headings.every((line) => /· (gloss|unaligned) · (warning|error)$/u.test(line))).toBe(true);
    const bad = sverka(['check', src, tgt, '--presegmented', '--kinds', 'glos'], 'ru');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^sverka: Неизвестная проверка «glos»/u);
  });

  it('reports a bad glossary as one translated line with exit code 2', () => {
    const { stderr, status } = sverka(['check', src, tgt, '--presegmented', '--glossary', join(FIXTURES, 'osce-glossary.tbx'), '--src-lang', 'de', '--tgt-lang', 'en']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^sverka: The glossary has terms in ru, en, not in de, en\.\n$/u);
  });
});

describe('sverka align --format json (built CLI)', () => {
  it('fills flags with the divergence checks', () => {
    const out = execFileSync(process.execPath, [CLI, 'align', join(SAMPLE_DIR, 'ru.sentences.txt'), join(SAMPLE_DIR, 'en.sentences.txt'), '--presegmented', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const json = JSON.parse(out) as { target: { sentences: string[] }; pairs: { flags: { kind: string; side: string; sentence: number; start?: number; end?: number }[] }[] };
    const flags = json.pairs.flatMap((pair) => pair.flags);
    expect(flags.length).toBeGreaterThan(5);
    expect(flags.some((flag) => flag.kind === 'unaligned')).toBe(true);
    const gloss = flags.find((flag) => flag.kind === 'gloss' && flag.side === 'tgt' && (json.target.sentences[flag.sentence] ?? '').startsWith('A bucha') && flag.start !== undefined && flag.start > 3);
    expect(json.target.sentences[gloss?.sentence ?? -1]?.slice(gloss?.start, gloss?.end)).toBe('– which means ‘frenzy’ in Russian –');
  });
});
