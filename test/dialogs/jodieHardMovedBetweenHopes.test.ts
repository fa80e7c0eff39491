import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Jodie, 13, at the needs stage: "thats it" typed late for the hopes, a hard thing said for another
 * hope ("wait no the manga one is hard. ..."), and the last hard thing moved to the hope it was for.
 */

const MANGA: SeedHope = { text: 'i wanna be a manga artist or do animation', theme: 'learning_and_work', needs: [] };
const COLLEGE: SeedHope = { text: 'go to the big art college in leeds', theme: 'learning_and_work', needs: [] };
const FRIEND: SeedHope = { text: 'have a friend who likes the same stuff', theme: 'friends_and_community', needs: [] };

async function jodieAt(hope: number, change?: Parameters<typeof startWith>[0]['change']) {
  return startWith({ today: '2026-12-03', age: 13, schoolYear: 8, hopes: [MANGA, COLLEGE, FRIEND], ...(change ? { change } : {}), at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[hope]!.id }) });
}

function needsOf(draft: { needs: { text: string; aspirationIds: string[]; helps?: string[] }[]; aspirations: { id: string }[] }, hope: number) {
  return draft.needs.filter((n) => n.aspirationIds.includes(draft.aspirations[hope]!.id));
}

describe('Jodie moves hard things between hopes at the needs stage', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"thats it" as the first answer ends the hopes: said so, nothing kept, the same hope asked again', async () => {
    ({ chat } = await jodieAt(0));
    const replies = await chat.say('thats it');
    expect(saidIn(replies)).toMatch(/that's all your hopes/i);
    expect(saidIn(replies)).not.toMatch(/great to hear/i);
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
    expect(draft.needs).toEqual([]);
    // The next answer is kept as the first hope's hard thing.
    await chat.say('i cant draw fast');
    expect(needsOf((await chat.draft())!, 0).map((n) => n.text)).toEqual(['i cant draw fast']);
  });

  it('"thats it" once a hard thing is kept is no end of hopes: nothing is hard here', async () => {
    ({ chat } = await jodieAt(1, (d) => ({ ...d, needs: [] })));
    await chat.say('the train is far');
    await chat.say('nothing');
    await chat.say('no');
    const replies = await chat.say('thats it');
    expect(saidIn(replies)).not.toMatch(/all your hopes/i);
  });

  it('"wait no the manga one is hard. my hands shake ..." is kept under the manga hope; college is asked again', async () => {
    ({ chat } = await jodieAt(1));
    const replies = await chat.say('wait no the manga one is hard. my hands shake and i cant draw fast in lessons');
    expect(saidIn(replies)).toMatch(/kept that with your hope: "I want to be a manga artist or do animation"/i);
    const draft = (await chat.draft())!;
    expect(needsOf(draft, 0).map((n) => n.text)).toEqual(['my hands shake and i cant draw fast in lessons']);
    expect(needsOf(draft, 1)).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[1]!.id);
  });

  it('"thats for the manga one not college" at what helps moves the last hard thing; it is never help', async () => {
    ({ chat } = await jodieAt(1));
    await chat.say('my hands shake and i cant draw fast in lessons');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say('thats for the manga one not college');
    expect(saidIn(replies)).toMatch(/moved that to your hope: "I want to be a manga artist or do animation"/i);
    const draft = (await chat.draft())!;
    expect(needsOf(draft, 0).map((n) => n.text)).toEqual(['my hands shake and i cant draw fast in lessons']);
    expect(needsOf(draft, 1)).toEqual([]);
    expect(JSON.stringify(draft.needs)).not.toMatch(/not college/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[1]!.id);
  });

  it('"oops that was about college. for friends its that ..." moves the last hard thing and keeps the friend hope\'s own', async () => {
    ({ chat } = await jodieAt(2));
    await chat.say('the bus there takes ages');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('oops that was about college. for friends its that i dont know how to start talking to people');
    const draft = (await chat.draft())!;
    expect(needsOf(draft, 1).map((n) => n.text)).toEqual(['the bus there takes ages']);
    expect(needsOf(draft, 2).map((n) => n.text)).toEqual(['i dont know how to start talking to people']);
    expect(draft.needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(chat.step).toBe(Step.needsHelps);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[2]!.id);
  });

  it('a plain hard thing naming a hope in the same message is still kept where it was said', async () => {
    ({ chat } = await jodieAt(1));
    await chat.say('the manga stuff costs money and the train is far');
    const draft = (await chat.draft())!;
    expect(needsOf(draft, 0)).toEqual([]);
    expect(needsOf(draft, 1).length).toBeGreaterThan(0);
  });
});
