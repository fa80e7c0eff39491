import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Bea, 11, at "what makes it hard?" about her vet hope: "take away the vet one. my hope is to be a
 * youtuber" takes the vet hope out after a yes and keeps the new hope; "i dont want to be a vet
 * anymore" names the hope to take out. Neither is kept as a hard thing.
 */

const seed: Seed = {
  today: '2026-12-02', name: 'Bea', age: 11, schoolYear: 6,
  hopes: [
    { text: 'to be a vet', theme: 'learning_and_work', needs: [] },
    { text: 'to have a dog', theme: 'independent_living', needs: [] },
  ],
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
};

describe('a hope taken out by name and a new one said beside it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'take away the vet one. my hope is to be a youtuber',
    'delete the vet one. i want to be a youtuber now',
  ])('"%s": the new hope is kept and the vet hope goes after a yes', async (typed) => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/take out "to be a vet"/i);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('to be a youtuber');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['to have a dog', 'to be a youtuber']);
    expect(draft.needs).toEqual([]);
  });

  it.each([
    'NOOO i sed i dont want to be a vet anymore!!!',
    'i dont wanna be a vet any more',
    'Actully no wait I don\'t want to be a vet anymore',
  ])('"%s" asks to take out the vet hope', async (typed) => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/take out "to be a vet"/i);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['to have a dog']);
    expect(draft.needs).toEqual([]);
  });

  it('"i dont want to be a vet if i cant read the books" is a hard thing, not a removal', async () => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say('i dont want to be a vet if i cant read the books'));
    expect(said).not.toMatch(/take out/i);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });

  it.each(['i dont want to be alive anymore', 'my dad hits me', 'i want to die', 'i cut myself'])('"%s" is still heard as a worry', async (typed) => {
    ({ chat } = await startWith(seed));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });

  it('"Actully no wait I don\'t want to be a vet anymore…" at "any more hopes?" is never kept as a hope', async () => {
    ({ chat } = await startWith({ ...seed, at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    const said = saidIn(await chat.say('Actully no wait I don\'t want to be a vet anymore…'));
    expect(said).toMatch(/take out "to be a vet"/i);
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['to have a dog']);
  });
});
