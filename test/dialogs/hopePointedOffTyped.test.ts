import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * "actually i dont want that one anymore. can u take it off" about the hope being talked about, and
 * "no!! i meant delete the shop hope 😭": a request to take that hope out, checked with a yes first;
 * never kept as a hard thing, a help or a hope, and never a change to an earlier hard thing.
 */
const LEO = (step: string): Seed => ({
  today: '2026-12-02',
  name: 'Leo',
  age: 11,
  schoolYear: 7,
  hopes: [
    { text: 'to be happy at my new school', theme: 'learning_and_work', needs: ['new school is big and i get lost'] },
    { text: 'work in a shop', theme: 'learning_and_work', needs: [] },
  ],
  at: (d) => ({ stage: step.startsWith('needs') ? 'needs' : 'hopes', step, topic: d.aspirations[1]!.id }) as never,
});

describe('the hope talked about, asked to be taken off', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const step of ['needs.barrier', 'needs.helps']) {
    for (const typed of [
      'actually i dont want that one anymore. can u take it off',
      'no!! i meant delete the shop hope 😭',
      'remove that one',
      'take that one out please',
      'i dont want it anymore',
      'can you get rid of this hope',
    ]) {
      it(`at ${step}, "${typed}" asks first, then takes out the shop hope only`, async () => {
        ({ chat } = await startWith(LEO(step)));
        const asked = saidIn(await chat.say(typed));
        expect(asked).toMatch(/take out "work in a shop"/i);
        let draft = (await chat.draft())!;
        expect(draft.needs.map((n) => n.text)).toEqual(['new school is big and i get lost']);
        expect(draft.aspirations).toHaveLength(2);
        await chat.say('yes');
        draft = (await chat.draft())!;
        expect(draft.aspirations.map((a) => a.text)).toEqual(['to be happy at my new school']);
        expect(draft.needs.map((n) => n.text)).toEqual(['new school is big and i get lost']);
      });
    }
  }

  it('at "another hope?", "no!! i meant delete the shop hope 😭" asks first, then takes it out; never a "no"', async () => {
    ({ chat } = await startWith(LEO('hopes.more')));
    const asked = saidIn(await chat.say('no!! i meant delete the shop hope 😭'));
    expect(asked).toMatch(/take out "work in a shop"/i);
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['to be happy at my new school']);
  });

  it('"i dont want to go on my own" at what makes it hard is a hard thing, not a take-out', async () => {
    ({ chat } = await startWith(LEO('needs.barrier')));
    const reply = saidIn(await chat.say('i dont want to go on my own'));
    expect(reply).not.toMatch(/take out "work in a shop"/i);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });
});
