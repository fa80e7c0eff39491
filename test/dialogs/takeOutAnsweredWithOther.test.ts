import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/* "Shall I take out ...?" answered with other words: never read as "no"; the yes or no is asked again. */

const BUS: SeedHope = { text: 'get the bus on my own', theme: 'independent_living', needs: [] };
const COOK: SeedHope = { text: 'cook my tea', theme: 'independent_living', needs: [] };

describe('other words at "Shall I take out ...?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['crowds and buses are loud and i cant hear the stops', 'i like the one about cooking more'])('"%s": the question again, then yes takes it out', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [BUS, COOK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }) }));
    expect(saidIn(await chat.say('remove the first hope please'))).toMatch(/Shall I take out "get the bus on my own"\?/);
    const again = saidIn(await chat.say(typed));
    expect(again).not.toMatch(/left it as it was/);
    expect(again).toMatch(/Shall I take out "get the bus on my own"\?/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([COOK.text]);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"no" still leaves it as it was', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [BUS, COOK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }) }));
    await chat.say('remove the first hope please');
    expect(saidIn(await chat.say('no'))).toMatch(/left it as it was/);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });

  it('"my dad hits me" there is still heard', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [BUS, COOK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }) }));
    await chat.say('remove the first hope please');
    expect(saidIn(await chat.say('my dad hits me'))).toMatch(/Childline|999/);
  });
});
