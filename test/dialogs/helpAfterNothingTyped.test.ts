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
    ['nothing really, well his TA sits with him sometimes', /"his TA sits with him sometimes"/],
    ['nah, but my nan reads it to me', /"my nan reads it to me"/],
    ['not really. well miss sits next to me in english', /"miss sits next to me in english"/],
    ['nothing much tbh, i guess my dad checks my spellings', /"my dad checks my spellings"/],
  ])('"%s" keeps the help and moves on', async (typed, help) => {
    ({ chat } = await startWith(SAM));
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(JSON.stringify(draft.needs[0])).toMatch(help);
    expect(JSON.stringify(draft.needs[0])).not.toMatch(/nothin|"well /);
    expect(chat.step).not.toBe(Step.needsHelps);
  });

  it('"nothing really" keeps nothing as help yet, and moves on', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say('nothing really');
    const draft = (await chat.draft())!;
    expect(draft.needs[0]!.helps ?? []).toEqual([]);
    expect(chat.step).not.toBe(Step.needsHelps);
  });

  it.each(['nothing really', 'nothin rly. its just hard', 'nah. nobody', 'nothing yet, well he is fine'])('"%s" names no help', (typed) => {
    expect(helpAfterNothing(typed)).toBeNull();
  });
});
