import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* "no thats not help, its whats hard for me" after words were kept as help: they move to the hard things, and the bot says so. */

const MIA: Seed = {
  today: '2026-12-02',
  name: 'Mia',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: ['i get lost in big buildings'] }],
  at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
};

describe('help said to be what is hard', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const needsNow = async () => (await chat.draft())!.needs.map((n) => ({ text: n.text, helps: n.helps ?? [] }));

  it.each(['no thats not help, its whats hard for me', 'thats not help its what i find hard', 'that isnt help, its the hard bit', 'no its not help. its hard for me', 'thats not help its what i struggle with'])(
    '"%s" moves the words kept as help to the hard things',
    async (typed) => {
      chat = (await startWith(MIA)).chat;
      await chat.say('loud corridors between lessons');
      expect((await needsNow())[0]!.helps).toEqual(['loud corridors between lessons']);
      const replies = await chat.say(typed);
      expect(saidIn(replies)).toMatch(/I've kept "loud corridors between lessons" as something that makes it hard/);
      expect(await needsNow()).toEqual([
        { text: 'i get lost in big buildings', helps: [] },
        { text: 'loud corridors between lessons', helps: [] },
      ]);
    },
  );

  it('"thats not help, i want help with it" is not a move', async () => {
    chat = (await startWith(MIA)).chat;
    await chat.say('loud corridors between lessons');
    await chat.say('thats not help i want help with it');
    expect((await needsNow()).map((n) => n.text)).toEqual(['i get lost in big buildings']);
  });
});
