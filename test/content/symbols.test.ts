import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { questionActivity, type OutcomesChannelData } from '../../dialogs/say';
import { contentDir } from '../../src/i18n';
import { checkText } from '../../src/i18n/contentCheck';
import { loadSymbols, symbolFor } from '../../src/i18n/symbols';

const symbols = loadSymbols();
const symbolDir = path.join(path.dirname(contentDir()), 'public', 'assets', 'symbols');
const stepIds = Object.values(Step);

describe('question symbols', () => {
  it('has a symbol for every step, and none for a step that does not exist', () => {
    expect(stepIds.filter((step) => !symbols[step])).toEqual([]);
    expect(Object.keys(symbols).filter((step) => !(stepIds as readonly string[]).includes(step))).toEqual([]);
  });

  it.each(stepIds)('%s: its picture is a local SVG with no script and no outside link', (step) => {
    const file = path.join(symbolDir, symbols[step]!.file);
    expect(existsSync(file)).toBe(true);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 48 48"/);
    // Served from our own origin into the chat: no scripts, no outside links.
    expect(svg).not.toMatch(/<script|href=|url\(|on\w+=/i);
  });

  it('has alt text in both registers, and the easy-read alt follows the easy-read rules', () => {
    const problems = Object.entries(symbols).flatMap(([step, entry]) => [
      ...(entry.alt.standard.trim() ? [] : [`${step}: no standard alt`]),
      ...(entry.alt.easy_read.trim() ? [] : [`${step}: no easy-read alt`]),
      ...checkText(entry.alt.easy_read, 'easy_read').map((p) => `${step}: ${p.rule} ${p.detail}`),
      ...checkText(entry.alt.standard, 'standard').map((p) => `${step}: ${p.rule} ${p.detail}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('puts the symbol on easy-read questions only', () => {
    const t = (key: string) => key;
    const ask = (mode: 'standard' | 'easy_read') =>
      (questionActivity({ step: Step.hopesDream, words: { key: 'hopes:dream.question' } }, t, { mode, stage: 'hopes' }).channelData as {
        outcomes: OutcomesChannelData;
      }).outcomes;
    expect(ask('easy_read').symbol).toEqual({ url: '/assets/symbols/rainbow.svg', alt: symbols[Step.hopesDream]!.alt.easy_read });
    expect(ask('standard').symbol).toBeUndefined();
    expect(symbolFor('no.such.step', 'easy_read')).toBeUndefined();
  });
});
