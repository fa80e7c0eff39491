import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../src/language';
import { analyseLine } from '../../src/language/analyseLine';

const TODAY = { today: '2025-01-15', schoolYear: 9 };

describe('analyseStatement', () => {
  it('reads a SMART outcome in the young person\'s words', () => {
    const a = analyseStatement('By the end of Year 11 I will travel to college on the bus by myself', TODAY);
    expect(a.kind).toBe('outcome');
    expect(a.theme).toBe('independent_living');
    expect(a.smart).toEqual({ specific: true, measurable: true, timeBound: true, personCentred: true });
    expect(a.smartReasons).toEqual([]);
    expect(a.timeframe).toEqual({ phrase: 'By the end of Year 11', date: '2027-07-22' });
    expect(a.safeguarding).toEqual({ concern: false, category: null });
  });

  it('tells provision from an outcome and says why', () => {
    const a = analyseStatement('3 hours of SALT a week with a TA', TODAY);
    expect(a.kind).toBe('provision');
    expect(a.smart.personCentred).toBe(false);
    expect(a.smartReasons[0]).toBe('is_provision');
    expect(a.jargon.map((j) => j.term)).toEqual(['SALT', 'TA']);
    expect(a.planPart).toBe('health');
  });

  it('coaches a vague outcome', () => {
    const a = analyseStatement('i will be better at maths', TODAY);
    expect(a.smart.measurable).toBe(false);
    expect(a.smartReasons).toContain('not_measurable');
    expect(a.smartReasons).toContain('no_timeframe');
  });

  it('calls a life dream too big for one plan', () => {
    const a = analyseStatement('when i grow up i want to be a vet', TODAY);
    expect(a.kind).toBe('aspiration');
    expect(a.smartReasons).toContain('too_big');
  });

  it('says when staff are the subject', () => {
    const a = analyseStatement('Staff will support Leo to make his breakfast.', TODAY);
    expect(a.smart.personCentred).toBe(false);
    expect(a.smartReasons).toEqual(expect.arrayContaining([expect.stringMatching(/about_staff|is_provision/)]));
  });

  it('flags a possible disclosure inside a statement', () => {
    expect(analyseStatement('i want to go to college but my dad hits me', TODAY).safeguarding).toMatchObject({
      concern: true,
      category: 'harm_from_others',
    });
  });

  it('survives odd input', () => {
    expect(() => analyseStatement('', TODAY)).not.toThrow();
    expect(() => analyseStatement('😀'.repeat(1000), TODAY)).not.toThrow();
    expect(() => analyseStatement('a'.repeat(200_000), TODAY)).not.toThrow();
    expect(() => analyseStatement('أريد أن أكون طبيبا', { today: 'nonsense' })).not.toThrow();
  });
});

describe('analyseLine (the DESIGN.md contract)', () => {
  it('gives exactly the contract fields', () => {
    const out = analyseLine(JSON.stringify({ id: 'a1', text: 'by christmas I will make toast on my own', today: '2025-10-06' }), 1);
    expect(Object.keys(out)).toEqual(['id', 'kind', 'theme', 'smart', 'timeframe', 'jargon', 'safeguarding']);
    expect(out).toMatchObject({ id: 'a1', timeframe: { phrase: 'by christmas', date: '2025-12-19' } });
  });

  it.each([
    ['', 7, { id: 7, error: 'empty line' }],
    ['not json', 8, { id: 8, error: 'not JSON' }],
    ['[1,2]', 9, { id: 9, error: 'not a JSON object' }],
    ['{"id":"x"}', 10, { id: 'x', error: 'missing text' }],
    ['{"id":"y","text":"   "}', 11, { id: 'y', error: 'empty text' }],
    ['{"text":"😀😀😀","today":"2025-01-15"}', 12, { id: 12, error: 'no words to analyse' }],
    ['{"id":3,"text":"أريد أن أكون طبيبا","today":"2025-01-15"}', 13, { id: 3, error: 'right-to-left script not supported' }],
    ['{"id":4,"text":"hello","today":"15/01/2025"}', 14, { id: 4, error: 'today is not a YYYY-MM-DD date' }],
  ] as const)('answers %j with an error', (line, n, expected) => {
    expect(analyseLine(line, n)).toEqual(expected);
  });

  it('refuses 100 KB of text', () => {
    expect(analyseLine(JSON.stringify({ id: 'big', text: 'a'.repeat(100_000), today: '2025-01-15' }), 1)).toMatchObject({
      id: 'big',
      error: expect.stringMatching(/longer than/),
    });
  });

  it('analyses text with emoji among the words', () => {
    const out = analyseLine(JSON.stringify({ id: 'e', text: 'i want to be a vet 🐶🐱', today: '2025-01-15' }), 1);
    expect(out).toMatchObject({ id: 'e', kind: 'aspiration' });
  });
});

describe('npm run --silent analyse', () => {
  it('answers every line in order on stdout, and nothing else', () => {
    const input = [
      JSON.stringify({ id: 1, text: 'By the end of Year 9 I will catch the bus on my own', today: '2025-01-15', schoolYear: 8 }),
      '',
      'garbage',
      JSON.stringify({ id: 'b', text: 'I find reading hard', today: '2025-01-15' }),
    ].join('\n');
    const root = join(__dirname, '..', '..');
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'analyse.ts')], {
      input,
      encoding: 'utf8',
      cwd: root,
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual([1, 2, 3, 'b']);
    expect(lines[0]).toMatchObject({ kind: 'outcome', timeframe: { date: '2026-07-22' } });
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toHaveProperty('error');
    expect(lines[3]).toMatchObject({ kind: 'need' });
  }, 30_000);
});
