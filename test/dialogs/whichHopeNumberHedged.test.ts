import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/* "2 i guess?" at "which hope next?": the number said with a shrug picks that hope, never another. */

const HOPES = [
  { text: 'to get dressed by himself', theme: 'independent_living' as const, needs: ['buttons are hard for him'] },
  { text: 'to be a chef when he grows up', theme: 'learning_and_work' as const, needs: ['he cannot use a knife safely yet'] },
  { text: 'to go swimming with his dad', theme: 'health_and_wellbeing' as const, needs: ['he is scared of water'] },
];

const SELF_HOPES = [
  { text: 'i want to be a vet nurse', theme: 'learning_and_work' as const, needs: ['i get nervous with new people'] },
  { text: 'i want to live with my mate', theme: 'independent_living' as const, needs: ['i cant cook yet'] },
];
const mia = () => startWith({ today: '2026-12-07', who: 'self', name: 'Mia', age: 17, schoolYear: 12, hopes: SELF_HOPES, at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }) });

const sam = () => parentSeed({ name: 'Sam', age: 9, schoolYear: 4 }, HOPES, { at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }) });

describe('a number with a shrug at "which hope next?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['2 i guess?', '2 i guess', 'um 2 i think', '2 maybe', 'number 2 i suppose', '2 probably lol'])('"%s" picks hope 2', async (typed) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(sam()));
    await chat.say('yes');
    expect(chat.lastQuestion?.activity.text).toMatch(/2: "to be a chef/);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });

  it.each(['2 i guess?', '2 i guess', 'the 2nd i think'])('"%s" picks hope 2 when the hopes say "i"', async (typed) => {
    let seeded: Draft;
    ({ chat, seeded } = await mia());
    await chat.say('yes');
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });
});
