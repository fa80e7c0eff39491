import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { setYoungPerson } from '../../src/domain/draft';
import { summaryItems } from '../../src/domain/draftSummary';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Help is placed from the person's words, age and setting: for a 22-year-old in a supported flat,
 * cooking lessons with staff and a phone reminder are everyday-living help (Section H), never school's.
 */
const sectionsOf = async (chat: Transcript) => summaryItems((await chat.draft())!).filter((i) => i.labelKey.includes('provision')).map((i) => [i.text, i.section]);

describe('help placed for the person it is for', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 22-year-old in a supported flat: cooking lessons with staff and a reminder are social care', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02', name: 'Sam', age: 22,
      hopes: [{ text: 'cook my own tea', theme: 'independent_living', needs: ['i forget to eat'] }],
      change: (d) => setYoungPerson(d, { education: 'not_at_school' }),
    }));
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('cooking lessons with staff on tuesdays');
    await chat.say('a phone reminder');
    await chat.say('I will cook pasta for my tea');
    const sections = await sectionsOf(chat);
    expect(sections.length).toBeGreaterThan(0);
    for (const [, section] of sections) expect(section).toBe('H');
  });
});
