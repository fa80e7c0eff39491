import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectConcern, findTimeframe } from '../../src/language';
import { clearedConcernText } from '../../src/language/concern';
import { concernText } from '../../src/language/concernText';
import { CUE_FAMILIES } from '../../src/language/concernCues';
import { HARMLESS, HARMLESS_PHRASES, setAsideHarmless } from '../../src/language/concernIdioms';
import { RULES } from '../../src/language/concernRules';
import { DATE_RULES } from '../../src/language/timeRulesDates';
import { IN_YEAR_RULES } from '../../src/language/timeRulesInYear';
import { SCHOOL_RULES } from '../../src/language/timeRulesSchool';
import { foldCase } from '../../src/language/text';
import { joinedPatterns, words } from '../../src/language/features';
import { WordGate } from '../../src/language/wordGate';
import { forgetAllReadings, readingsHold } from '../../src/language/recentReadings';

const corpus = (name: string): string[] =>
  readFileSync(join(__dirname, '..', '..', 'data', 'language', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
const texts = [...corpus('statements.train.jsonl'), ...corpus('concerns.train.jsonl')];

/** Every pattern that matches a text is one the gate lets run on it. */
function missed(patterns: readonly RegExp[], read: (text: string) => string): string[] {
  const gate = new WordGate(patterns);
  const misses: string[] = [];
  for (const text of texts) {
    const input = read(text);
    const open = gate.open(input);
    patterns.forEach((re, i) => {
      re.lastIndex = 0;
      if (re.test(input) && !open[i]) misses.push(`${re.source.slice(0, 60)} on ${input}`);
      re.lastIndex = 0;
    });
  }
  return misses;
}

describe('looking up a message’s words before the costly patterns', () => {
  it('never skips a disclosure rule, a cue, a harmless phrase, a statement cue or a time phrase that the message holds', () => {
    expect(missed(RULES.map((r) => r.re), clearedConcernText)).toEqual([]);
    expect(missed(CUE_FAMILIES.map(([, re]) => re), clearedConcernText)).toEqual([]);
    expect(missed(HARMLESS_PHRASES.map((source) => new RegExp(source)), concernText)).toEqual([]);
    expect(missed(joinedPatterns(), (text) => words(text).join(' '))).toEqual([]);
    expect(missed([...IN_YEAR_RULES, ...SCHOOL_RULES, ...DATE_RULES].map((r) => r.re), foldCase)).toEqual([]);
    // Every pattern against every line of the corpus: a check of correctness that grows with the corpus, never a timing.
  }, 120_000);

  it('skips a pattern only when the words it starts with are missing', () => {
    const gate = new WordGate([/\b(?:hit|kick)(?:s|ed)?\s+me\b/, /\bby\s+(?:the\s+)?(?:christmas|easter)\b/, /[a-z]+ing\b/, /\bpunch\w*/]);
    expect([...gate.open(' he kicked me at home ')]).toEqual([1, 0, 1, 0]);
    expect([...gate.open(' by the easter holidays ')]).toEqual([0, 1, 1, 0]);
    expect([...gate.open(' punchbag ')]).toEqual([0, 0, 1, 1]);
  });

  it('opens a pattern only when the message has every word it needs, not just one', () => {
    const gate = new WordGate([/\b(?:want|wants)\s+me\s+dead\b/, /\bby\s+christmas\b|\bnext\s+week\b/]);
    expect([...gate.open(' this film is dead good ')]).toEqual([0, 0]);
    expect([...gate.open(' i want to go next christmas ')]).toEqual([0, 0]);
    expect([...gate.open(' they want me dead ')]).toEqual([1, 0]);
    expect([...gate.open(' see you next week ')]).toEqual([0, 1]);
    expect([...gate.open(' done by christmas ')]).toEqual([0, 1]);
  });

  it('reads the word after the start of the message or after what must come before it, so such patterns are skipped too', () => {
    const gate = new WordGate([/(?:^\s*|\bi\s+)(?:gutted|knackered)\b/, /(?<=\b(?:next|this)\s)yr\b/, /(?<=\bmy\s*)tee\b/]);
    // Both readable: each opens only on its own word.
    expect(gate.ungated).toBe(1);
    expect([...gate.open('gutted about the match')]).toEqual([1, 0, 1]);
    expect([...gate.open('  knackered after school')]).toEqual([1, 0, 1]);
    expect([...gate.open('go to college next yr')]).toEqual([0, 1, 1]);
    expect([...gate.open('i want to go to college')]).toEqual([0, 0, 1]);
    // "mytee": no space need come before "tee", so that pattern is always run.
    expect(/(?<=\bmy\s*)tee\b/.test('mytee')).toBe(true);
    // What people type is read as ever.
    expect(detectConcern('im gutted, my mum hit me last night').concern).toBe(true);
  });

  it('gives every message the patterns always run, whatever was matched before', () => {
    // "[a-z]+ing" is always run; on "hi there" it opens but does not match.
    const gate = new WordGate([/\bhit\s+me\b/, /[a-z]+ing\b/]);
    expect([...gate.matches('hi there')]).toEqual([0, 0]);
    expect([...gate.open('hi there')]).toEqual([0, 1]);
    expect([...gate.matches('stop hitting')]).toEqual([0, 1]);
    expect([...gate.matches('he hit me')]).toEqual([1, 0]);
    expect([...gate.open('see you soon')]).toEqual([0, 1]);
  });

  it('sets aside the same harmless phrases as running the whole pattern on every message', () => {
    const differ = texts.map(concernText).filter((text) => setAsideHarmless(text) !== text.replace(HARMLESS, ' ~ '));
    expect(differ).toEqual([]);
    expect(setAsideHarmless(concernText('this homework is killing me and my dad hit me'))).not.toContain('killing');
  });

  it('tries only the harmless phrases that could be there, and sets aside each of them', () => {
    const typed = concernText('this homework is killing me, my dad pushes me on the swing. dont hug him when he is upset. my uncle hit me');
    const cleared = setAsideHarmless(typed);
    expect(cleared).toBe(typed.replace(HARMLESS, ' ~ '));
    expect(cleared).not.toContain('killing');
    expect(cleared).not.toContain('swing');
    expect(cleared).toContain('uncle hit me');
    // Nothing harmless at all: the words are left as typed.
    expect(setAsideHarmless(concernText('my uncle hit me'))).toBe(concernText('my uncle hit me'));
  });

  it('reads one message’s words once for every gate, each gate still opening only its own patterns', () => {
    const rules = new WordGate([/\b(?:hit|kick)(?:s|ed)?\s+me\b/, /\bby\s+christmas\b/]);
    const times = new WordGate([/\bby\s+christmas\b/, /\bkicked\b/, /\bnext\s+week\b/]);
    const said = ' my brother kicked me by christmas ';
    expect([...rules.open(said)]).toEqual([1, 1]);
    expect([...times.open(said)]).toEqual([1, 1, 0]);
    // Another message between two readings of the first: each gate reads the words it is given.
    expect([...times.open(' see you next week ')]).toEqual([0, 0, 1]);
    expect([...rules.open(' see you next week ')]).toEqual([0, 0]);
    expect([...rules.open(said)]).toEqual([1, 1]);
    // The words read are typed words: "start again" leaves none of them behind.
    expect(readingsHold('brother kicked')).toBe(true);
    forgetAllReadings();
    expect(readingsHold('brother kicked')).toBe(false);
    expect([...times.open(said)]).toEqual([1, 1, 0]);
  });

  it('still finds what people type', () => {
    expect(detectConcern('my dad kicked me again last night').concern).toBe(true);
    expect(findTimeframe('walk to school on my own by christmas', { today: '2026-03-02', schoolYear: 10 })?.phrase).toBe('by christmas');
  });
});
