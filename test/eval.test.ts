// `extract eval` must give the figures of the reference scorer (shared/tools/score.mjs, copied to
// test/reference so the suite runs without ../shared) on the same export.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '../src/eval/score.js';
import { cli, ROOT, tempDir } from './helpers.js';

const SCORER = join(ROOT, 'test', 'reference', 'score.mjs');

function reference(pred: string, goldDir: string): Record<string, number> {
  return JSON.parse(execFileSync(process.execPath, [SCORER, pred, goldDir, '--json'], { encoding: 'utf8' }));
}

describe('extract eval', () => {
  const dir = tempDir();

  for (const [articles, gold] of [['seeds/', 'gold/seeds'], ['fixtures/articles', 'fixtures/gold']] as const) {
    it(`gives the reference scorer's figures on ${articles}`, () => {
      const exported = cli([articles, '--format', 'json']);
      expect(exported.code).toBe(0);
      const pred = join(dir, `${gold.replace(/\W/g, '_')}.json`);
      writeFileSync(pred, exported.stdout);
      const ref = reference(pred, join(ROOT, gold));
      const ours = JSON.parse(cli(['eval', '--gold', gold, articles, '--format', 'json']).stdout);
      expect(ours.recall).toBeCloseTo(ref.recall!, 10);
      expect(ours.precision).toBeCloseTo(ref.precision!, 10);
      expect(ours.f1).toBeCloseTo(ref.f1!, 10);
      expect(ours.gold).toBe(ref.gold);
      expect(ours.typedPred).toBe(ref.typedPred);
      // The table output ends with the reference scorer's own summary line.
      const line = execFileSync(process.execPath, [SCORER, pred, join(ROOT, gold)], { encoding: 'utf8' }).trim();
      expect(cli(['eval', '--gold', gold, articles]).stdout.trim().split('\n').at(-1)).toBe(line);
    });
  }

  it('matches as the reference scorer on many facts of mixed types, siblings and repeats', () => {
    // A fixed pseudo-random article: predictions and gold of types that share families, with names and
    // values that often agree, so that which prediction a gold fact takes depends on the greedy order.
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const types = ['users.daily_active', 'users.weekly_active', 'users.paid', 'valuation', 'funding.round', 'partnership'];
    const names = ['OpenAI', 'Kakao', 'ChatGPT', 'Samsung', 'the Kakao Corp.'];
    const one = () => {
      const type = types[rnd(types.length)]!;
      const value = type === 'partnership' ? { kind: 'entity', name: names[rnd(names.length)], entityType: 'org' } : { kind: 'count', number: [100, 101, 200, 1_000_000][rnd(4)] };
      return { type, subject: names[rnd(names.length)], value, ...(rnd(3) === 0 ? { time: '2025-03' } : {}) };
    };
    const gold = { article: 'a.txt', date: '2025-04-02', facts: Array.from({ length: 400 }, one) };
    const preds = Array.from({ length: 400 }, () => {
      const f = one();
      return { ...f, time: f.time ? { start: `${f.time}-${10 + rnd(2)}` } : null, evidence: { file: 'a.txt', text: 'x' } };
    });
    const goldDir = join(dir, 'mixed-gold');
    mkdirSync(goldDir, { recursive: true });
    writeFileSync(join(goldDir, 'a.json'), JSON.stringify(gold));
    const pred = join(dir, 'mixed.json');
    writeFileSync(pred, JSON.stringify({ facts: preds }));
    const ref = reference(pred, goldDir);
    const ours = score(preds as never, [gold as never]);
    expect(ours.strict).toBeGreaterThan(50);
    expect(ours.lenient).toBeGreaterThan(ours.strict);
    expect([ours.recall, ours.lenientRecall, ours.precision, ours.f1]).toEqual([ref.recall, ref.lenientRecall, ref.precision, ref.f1]);
  });

  it('exits 1 below --min-f1 and 0 at or above it', () => {
    const low = cli(['eval', '--gold', 'gold/seeds', 'seeds/', '--min-f1', '1']);
    const ours = JSON.parse(cli(['eval', '--gold', 'gold/seeds', 'seeds/', '--format', 'json']).stdout);
    expect(low.code).toBe(ours.f1 < 1 ? 1 : 0);
    expect(cli(['eval', '--gold', 'gold/seeds', 'seeds/', '--min-f1', '0']).code).toBe(0);
  });

  it('scores the seeds against gold/seeds when given neither, and asks for --gold with paths', () => {
    const bare = cli(['eval', '--format', 'json']);
    expect(bare.code).toBe(0);
    expect(JSON.parse(bare.stdout)).toEqual(JSON.parse(cli(['eval', '--gold', 'gold/seeds', 'seeds/', '--format', 'json']).stdout));
    const named = cli(['eval', 'fixtures/articles']);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/--gold DIR is required with paths/);
    expect(named.stdout).toBe('');
  });

  it('names a bad gold directory or file', () => {
    expect(cli(['eval', '--gold', 'nowhere', 'seeds/']).stderr).toMatch(/--gold nowhere: no such directory/);
    const bad = tempDir();
    writeFileSync(join(bad, 'x.json'), '{ not json');
    const r = cli(['eval', '--gold', bad, 'seeds/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.json: not valid JSON/);
  });
});
