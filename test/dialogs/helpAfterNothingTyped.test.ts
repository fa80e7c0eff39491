import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { helpAfterNothing } from '../../src/language/nothingHelps';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * Sam (13) at "What already helps you with this?" types "nothin rly. gran reads stuff out": the
 * "nothing" comes first, but gran reading things out does help, and is kept as what helps.
 */

const SAM: Seed = {
  today: '2026-12-04',
  name: 'Sam',
  age: 13,
  hopes: [{ text: 'be a vet', theme: 'learning_and_work', needs: ['reading is hard'] }],
  at: (d) => ({ stage: 'needs', step: 'needs.helps', topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
};

let chat: Transcript;
afterEach(async () => chat?.close());

describe('help said after "nothing"', () => {
  it.each([
    ['nothin rly. gran reads stuff out', /gran reads stuff out/],
    ['not much, my mum helps with homework', /my mum helps with homework/],
  ])('"%s" keeps the help', async (typed, help) => {
    ({ chat } = await startWith(SAM));
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(JSON.stringify(draft.needs[0])).toMatch(help);
    expect(JSON.stringify(draft.needs[0])).not.toMatch(/nothin/);
  });

  it.each(['nothing really', 'nothin rly. its just hard', 'nah. nobody'])('"%s" names no help', (typed) => {
    expect(helpAfterNothing(typed)).toBeNull();
  });
});
