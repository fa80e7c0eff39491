import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/* Words at "what already helps?" that are not help, or hold help inside other words. */

const atHelps: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } });
const MIA: Seed = { today: '2026-12-02', name: 'Mia', age: 15, schoolYear: 10, hopes: [{ text: 'to be a vet', theme: 'learning_and_work', needs: ['i get lost in big buildings'] }], at: atHelps };
const JAY: Seed = { ...parentSeed({ name: 'Jay', age: 9, schoolYear: 4 }, [{ text: 'to see his dad more', theme: 'independent_living', needs: ['he gets upset at handover'] }]), at: atHelps };

describe('what is kept as help', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const needsNow = async () => (await chat.draft())!.needs.map((n) => ({ text: n.text, helps: n.helps ?? [] }));

  it.each(['less crisps', 'fewer sweets', 'no more fizzy drinks'])('"%s" is a goal, never help: said so and asked again', async (typed) => {
    chat = (await startWith(MIA)).chat;
    expect(saidIn(await chat.say(typed))).toMatch(/That sounds like a goal/);
    expect(await needsNow()).toEqual([{ text: 'i get lost in big buildings', helps: [] }]);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it.each(['less noise in class', 'fewer people in the room'])('"%s" stays help', async (typed) => {
    chat = (await startWith(MIA)).chat;
    await chat.say(typed);
    expect((await needsNow())[0]!.helps).toEqual([typed]);
  });

  it.each(['we dont talk much', 'handovers are a bit tense', 'me and his dad dont get on'])('a parent\'s "%s" is kept as a hard thing, never help', async (typed) => {
    chat = (await startWith(JAY)).chat;
    expect(saidIn(await chat.say(typed))).toMatch(/kept it with the hard things/);
    expect(await needsNow()).toEqual([
      { text: 'he gets upset at handover', helps: [] },
      { text: typed, helps: [] },
    ]);
  });

  it('"texting helps when we dont talk much" stays help', async () => {
    chat = (await startWith(JAY)).chat;
    await chat.say('texting helps when we dont talk much');
    expect((await needsNow()).map((n) => n.text)).toEqual(['he gets upset at handover']);
    expect((await needsNow())[0]!.helps).toHaveLength(1);
  });

  it.each([
    ['the help i need shud say a colour map of the school too', 'a colour map of the school'],
    ['the help should include a quiet room as well', 'a quiet room'],
    ['mum sez she needs a timer', 'a timer'],
    ['my teacher says i need more time in tests', 'more time in tests'],
  ])('"%s" keeps only the help: "%s"', async (typed, help) => {
    chat = (await startWith(MIA)).chat;
    await chat.say(typed);
    expect((await needsNow())[0]!.helps).toEqual([help]);
  });

  it.each(['it IS my dream lol', 'that really is my dream tho'])('"%s" is a remark, never kept', async (typed) => {
    chat = (await startWith(MIA)).chat;
    expect(saidIn(await chat.say(typed))).toMatch(/haven't kept that as an answer/);
    expect(await needsNow()).toEqual([{ text: 'i get lost in big buildings', helps: [] }]);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['to be a vet']);
  });
});
