// --aliases: a user's gazetteer entries change canonical names; a bad file is named with its bad entry.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../src/schema.js';
import { cli, tempDir } from './helpers.js';

const ARTICLE = ' date 2025-05-01 Test\n\nZD raised $40 million in a round led by Sequoia Capital. Zorblat opened an office in Lisbon.\n';

describe('--aliases', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'aliases.json'), JSON.stringify({ entries: [{ name: 'Zorblat Dynamics', type: 'org', aliases: ['Zorblat', 'ZD'] }] }));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ name: 'Acme', type: 'org' }, { name: 'X', type: 'company' }]));
  const subjects = (stdout: string) => stdout.trim().split('\n').map((l) => (JSON.parse(l) as Fact).subject);

  it('maps every alias to the canonical name the user gives', () => {
    const plain = cli(['a.txt', '--format', 'ndjson'], { cwd: dir });
    expect(subjects(plain.stdout)).not.toContain('Zorblat Dynamics');
    const r = cli(['a.txt', '--format', 'ndjson', '--aliases', 'aliases.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(subjects(r.stdout)).toEqual(['Zorblat Dynamics', 'Zorblat Dynamics']);
  });

  it('reports a bad file with the path of the bad entry, keeps the good files, and exits 2', () => {
    const r = cli(['a.txt', '--format', 'ndjson', '--aliases', 'bad.json', '--aliases', 'aliases.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json: entries[1].type: expected one of org|person|place|product');
    expect(subjects(r.stdout)).toEqual(['Zorblat Dynamics', 'Zorblat Dynamics']);
  });

  it('refuses a name or alias of more than 200 characters, naming the entry', () => {
    writeFileSync(join(dir, 'long.json'), JSON.stringify([{ name: 'Acme', type: 'org', aliases: ['Acme', `Acme ${'very '.repeat(60)}long`] }]));
    const r = cli(['a.txt', '--format', 'ndjson', '--aliases', 'long.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('long.json: entries[0].aliases[1]: expected at most 200 characters');
  });
});
