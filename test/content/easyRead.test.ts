import { describe, expect, it } from 'vitest';
import { checkContent, checkText, readabilityTable, sentencesOf, type RuleId } from '../../src/i18n/contentCheck';
import type { ReadingMode } from '../../src/domain/readingMode';

interface Case {
  name: string;
  text: string;
  mode: ReadingMode;
  /** The rules the text breaks; empty when it passes. */
  breaks: RuleId[];
}

const CASES: readonly Case[] = [
  { name: 'a short everyday sentence', text: 'What do people like about you?', mode: 'easy_read', breaks: [] },
  { name: 'fifteen words', text: 'One two three four five six seven eight nine ten one two three four five.', mode: 'easy_read', breaks: [] },
  { name: 'sixteen words', text: 'One two three four five six seven eight nine ten one two three four five six.', mode: 'easy_read', breaks: ['tooLong'] },
  { name: '"and" joining two clauses', text: 'I keep your answers and you can see them.', mode: 'easy_read', breaks: ['joinedClauses'] },
  { name: '"but" joining two clauses', text: 'It is hard but I can try.', mode: 'easy_read', breaks: ['joinedClauses'] },
  { name: '"because" joining two clauses', text: 'I ask because it helps your plan.', mode: 'easy_read', breaks: ['joinedClauses'] },
  { name: '"and" in a list of things', text: 'It can be people, places, pets and fun things.', mode: 'easy_read', breaks: [] },
  { name: '"because of"', text: 'What could you do because of it?', mode: 'easy_read', breaks: [] },
  { name: 'an acronym', text: 'Your EHCP says what help you get.', mode: 'easy_read', breaks: ['acronym', 'jargon'] },
  { name: 'a short acronym', text: 'Ask the SENCo.', mode: 'easy_read', breaks: ['jargon'] },
  { name: 'capitals that are not acronyms', text: 'OK. Text SHOUT to 85258. Your code looks like ABC-DEF-GHJ.', mode: 'easy_read', breaks: [] },
  { name: 'a long word', text: 'This is necessary.', mode: 'easy_read', breaks: ['longWord'] },
  { name: 'jargon in lower case', text: 'You get physio at school.', mode: 'easy_read', breaks: ['jargon'] },
  { name: 'an allowed service name', text: 'Call Childline or the Samaritans.', mode: 'easy_read', breaks: [] },
  { name: 'the plan named in full', text: 'This is your Education, Health and Care plan.', mode: 'easy_read', breaks: [] },
  { name: 'a phone number', text: 'Call Childline on 0800 1111.', mode: 'easy_read', breaks: [] },
  { name: 'a placeholder read as one word', text: 'Your goal for {{name}} is: "{{statement}}". Is that right?', mode: 'easy_read', breaks: [] },
  {
    name: 'placeholders still count towards length',
    text: '{{a}} {{b}} {{c}} {{d}} {{e}} {{f}} {{g}} {{h}} {{i}} {{j}} {{k}} {{l}} {{m}} {{n}} {{o}} {{p}}.',
    mode: 'easy_read',
    breaks: ['tooLong'],
  },
  { name: 'standard: twenty words', text: 'a b c d e f g h i j k l m n o p q r s t.', mode: 'standard', breaks: [] },
  { name: 'standard: twenty-one words', text: 'a b c d e f g h i j k l m n o p q r s t u.', mode: 'standard', breaks: ['tooLong'] },
  { name: 'standard: long words and acronyms are allowed', text: 'Your SENCo will check the provision.', mode: 'standard', breaks: [] },
];

describe('content rules', () => {
  it.each(CASES)('$mode: $name', ({ text, mode, breaks }) => {
    const broken = [...new Set(checkText(text, mode).map((p) => p.rule))].sort();
    expect(broken).toEqual([...breaks].sort());
  });

  it('judges each sentence on its own', () => {
    expect(sentencesOf('Hi! I am Outcomes Bot. Can I keep your answers?')).toEqual([
      'Hi!',
      'I am Outcomes Bot.',
      'Can I keep your answers?',
    ]);
    const problems = checkText('Short one. One two three four five six seven eight nine ten one two three four five six.', 'easy_read');
    expect(problems.map((p) => p.sentence)).toEqual(['One two three four five six seven eight nine ten one two three four five six.']);
  });
});

describe('the content', () => {
  it('follows the easy-read rules and the standard length limit in every line', () => {
    const problems = checkContent().map((p) => `[${p.mode}] ${p.key} ${p.rule}: ${p.detail} | ${p.sentence}`);
    expect(problems).toEqual([]);
  });

  it('reads more easily in easy-read than in standard, namespace by namespace', () => {
    const rows = readabilityTable();
    const ease = (mode: ReadingMode, namespace: string) =>
      rows.find((r) => r.mode === mode && r.namespace === namespace)?.fleschReadingEase ?? Number.NaN;
    const namespaces = [...new Set(rows.map((r) => r.namespace))];
    expect(namespaces.length).toBeGreaterThan(5);
    const harder = namespaces.filter((ns) => ease('easy_read', ns) < ease('standard', ns) - 5);
    expect(harder).toEqual([]);
  });
});
