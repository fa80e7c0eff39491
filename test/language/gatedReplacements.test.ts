import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GatedReplacements, type Replacement } from '../../src/language/gatedReplacements';
import { tidyTextSpeak } from '../../src/language/textSpeak';

const statements = readFileSync(join(__dirname, '..', '..', 'data', 'language', 'statements.train.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Every replacement in turn, with nothing skipped: what the gated list must give. */
const everyOne = (list: readonly Replacement[], text: string): string => list.reduce((t, [re, to]) => t.replace(re, to), text);

describe('replacements tried only where their words are', () => {
  const list: Replacement[] = [
    [/\bgonna\b/gi, 'going to'],
    [/(?<=\bto\s)b\b/gi, 'be'],
    [/\bWIV\b/g, 'with'],
    [/\bwivout\b/gi, 'without'],
    [/\bi\b/g, 'I'],
  ];
  const gated = new GatedReplacements(list);

  it('gives what every replacement in turn gives, a replacement that makes another’s words included', () => {
    for (const text of ['im gonna b a chef', 'GONNA b there', 'WIV my mum', 'wiv my mum', 'Wivout help', 'i can', 'İwivout', 'nothing here']) {
      expect(gated.apply(text)).toBe(everyOne(list, text));
    }
    expect(gated.apply('gonna b a chef')).toBe('going to be a chef');
  });

  it('tidies the corpus’s text-speak as it always did', () => {
    for (const text of statements.slice(0, 400)) expect(gated.apply(text)).toBe(everyOne(list, text));
    expect(tidyTextSpeak('i wna b a chef wiv out help')).toBe('I want to be a chef without help');
  });
});
