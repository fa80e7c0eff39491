import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Alfie's mum (Alfie is 3, few words) puts his hopes right in her own words: a yes typed a beat
 * late with "were fine" is never a hope, "not a hope" with the hopes beside it keeps those hopes,
 * "my hope is ..." after "what should it say instead?" replaces it, and "delete ... its not a hope"
 * at the needs takes it out.
 */
const ALFIE = { name: 'Alfie', age: 3, schoolYear: -1 };
const WERE_FINE: SeedHope = { text: 'were fine', theme: null, needs: [] };
const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('Alfie\'s mum putting his hopes right', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['yes were fine', "no we're fine", 'all good']) {
    it(`"${said}" at the dream is no hope, and the hopes are asked for again`, async () => {
      ({ chat } = await startWith(parentSeed(ALFIE, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) })));
      const replies = await chat.say(said);
      expect(await hopesOf(chat)).toEqual([]);
      expect(saidIn(replies)).not.toMatch(/fine|good"/);
      expect(saidIn(replies)).toMatch(/What (?:would you like Alfie to do in the future|are your hopes and dreams for Alfie)\?/);
      expect(chat.step).toBe(Step.hopesDream);
    });
  }

  it('"yes were fine" then the hopes: both kept, and nothing else', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) })));
    await chat.say('yes were fine');
    await chat.say('no thats not a hope lol. i want him to talk, even a few words. and to go to a normal nursery with his cousin');
    const hopes = await hopesOf(chat);
    expect(hopes).toHaveLength(2);
    expect(hopes[0]).toMatch(/talk, even a few words/);
    expect(hopes[1]).toMatch(/normal nursery with his cousin/);
  });

  it('"no thats not a hope lol. i want him to talk ..." takes "were fine" out and keeps both hopes', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [WERE_FINE], { at: () => ({ stage: 'hopes', step: Step.hopesMore }) })));
    const replies = await chat.say('no thats not a hope lol. i want him to talk, even a few words. and to go to a normal nursery with his cousin');
    expect(saidIn(replies)).toMatch(/taken out "were fine"/);
    expect(saidIn(replies)).not.toMatch(/say instead/);
    const hopes = await hopesOf(chat);
    expect(hopes).toHaveLength(2);
    expect(hopes.join(' | ')).not.toMatch(/were fine/);
    expect(hopes[0]).toMatch(/talk, even a few words/);
    expect(hopes[1]).toMatch(/normal nursery with his cousin/);
  });

  it('"my hope is ..." after "what should it say instead?" replaces the hope, as two hopes', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [WERE_FINE], { at: () => ({ stage: 'hopes', step: Step.hopesMore }) })));
    expect(saidIn(await chat.say('thats not a hope, i meant something else'))).toMatch(/What should "were fine" say instead\?/);
    await chat.say('my hope is he can talk, even a few words. and go to a normal nursery with his cousin');
    const hopes = await hopesOf(chat);
    expect(hopes).toHaveLength(2);
    expect(hopes[0]).toMatch(/he can talk, even a few words$/);
    expect(hopes[1]).toBe('go to a normal nursery with his cousin');
  });

  it('"delete were fine its not a hope" at the needs takes it out after a yes', async () => {
    const talk: SeedHope = { text: 'talk, even a few words', theme: null, needs: [] };
    ({ chat } = await startWith(parentSeed(ALFIE, [WERE_FINE, talk], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) })));
    const replies = await chat.say('delete were fine its not a hope');
    expect(saidIn(replies)).not.toMatch(/say instead/);
    expect(saidIn(replies)).toMatch(/take out "were fine"/);
    await chat.say('yes');
    expect(await hopesOf(chat)).toEqual(['talk, even a few words']);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"no thats not a hope lol. hes only 3": no hope in the words beside it, so its new words are asked for', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [WERE_FINE], { at: () => ({ stage: 'hopes', step: Step.hopesMore }) })));
    await chat.say('no thats not a hope lol. hes only 3');
    expect(await hopesOf(chat)).not.toContain('hes only 3');
  });

  for (const said of ['no thats not a hope. his dad hits him', 'no thats not a hope. i want him to stop being hit by his dad']) {
    it(`"${said}" is still heard as a worry about his safety`, async () => {
      ({ chat } = await startWith(parentSeed(ALFIE, [WERE_FINE], { at: () => ({ stage: 'hopes', step: Step.hopesMore }) })));
      const replies = await chat.say(said);
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect(saidIn(replies)).toMatch(/0808 800 5000/);
    });
  }
});
