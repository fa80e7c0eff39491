import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/* "Shall I take out ...?" answered with a question, a pause or another part: asked again, never read as "no" or kept. */

const BUS: SeedHope = { text: 'get the bus on my own', theme: 'independent_living', needs: [] };
const COOK: SeedHope = { text: 'cook my tea', theme: 'independent_living', needs: [] };

async function asked(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [BUS, COOK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }) });
  expect(saidIn(await chat.say('remove the first hope please'))).toMatch(/Shall I take out "get the bus on my own"\?/);
  return chat;
}

describe('neither yes nor no at "Shall I take out ...?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['hmm wait what was get the bus on my own again', 'which one is that', 'wait which one?', 'what do you mean'])('"%s": told which part, asked again, then yes takes it out', async (typed) => {
    chat = await asked();
    const again = saidIn(await chat.say(typed));
    expect(again).not.toMatch(/left it as it was/);
    expect(again).toMatch(/I mean this part of your plan: "get the bus on my own"/);
    expect(again).toMatch(/Shall I take out "get the bus on my own"\?/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([COOK.text]);
    expect(draft.needs).toHaveLength(0);
  });

  it.each(['the second one', 'not that one', 'hang on'])('"%s": asked again with how to pick another part, and nothing kept', async (typed) => {
    chat = await asked();
    const again = saidIn(await chat.say(typed));
    expect(again).toMatch(/If you meant a different part, say no/);
    expect(again).toMatch(/Shall I take out "get the bus on my own"\?/);
    await chat.say('no');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.needs).toHaveLength(0);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('asked again only once: a second puzzled reply leaves it as it was', async () => {
    chat = await asked();
    await chat.say('which one is that');
    expect(saidIn(await chat.say('which one??'))).toMatch(/left it as it was/);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });

  it('a hard thing typed there is still kept as a hard thing', async () => {
    chat = await asked();
    await chat.say('crowds and buses are loud and i cant hear the stops');
    expect((await chat.draft())!.needs.map((n) => n.text).join(' ')).toMatch(/crowds and buses are loud/);
  });

  it('"which one is that? my dad hits me" is still heard', async () => {
    chat = await asked();
    expect(saidIn(await chat.say('which one is that? my dad hits me'))).toMatch(/Childline|999/);
  });
});
