import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A 19-year-old talks as they would to a mate: "nah that last one isnt a hope bruv", "wtf no.
 * delete that", "this is long af", "idk bruv". These are remarks about the chat or about the last
 * thing kept, never plan content. Real answers that sound alike are kept as before.
 */
const BUS: SeedHope = { text: 'I want to get a job in a shop', theme: 'learning_and_work', needs: [] };
const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);
const seed = (hopes: SeedHope[], at: Parameters<typeof startWith>[0]['at']) =>
  startWith({ today: '2026-12-02', name: 'Mason', age: 19, schoolYear: 14, hopes, at });

describe('remarks are never kept as content', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'nah that last one isnt a hope bruv i was just saying',
    'wtf no. delete that',
    'nope get rid of it',
    'scrap that',
    "that's not what i meant lol",
    'nah that one aint a hope fam',
  ]) {
    it(`"${said}" after a hope is kept takes that hope out, and keeps nothing new`, async () => {
      ({ chat } = await seed([], () => ({ stage: 'hopes', step: Step.hopesDream })));
      await chat.say(BUS.text);
      const replies = await chat.say(said);
      const hopes = await hopesOf(chat);
      const text = saidIn(replies);
      // Either taken out and said so, or asked to confirm: never a new hope, never renamed.
      if (hopes.length === 1) {
        expect(hopes).toEqual([BUS.text]);
        expect(text).toMatch(/take|taken|remove|delete|say instead/i);
      } else expect(hopes).toEqual([]);
      expect(text).not.toMatch(/wtf|bruv|\bfam\b|just saying/i);
    });
  }

  for (const said of ['nah that isnt a hope bruv. my dad hits me', 'wtf no. delete that. i want to die', 'this is long af. he touches me']) {
    it(`"${said}": the disclosure beside the remark is still heard`, async () => {
      ({ chat } = await seed([], () => ({ stage: 'hopes', step: Step.hopesDream })));
      await chat.say(BUS.text);
      await chat.say(said);
      expect(chat.step).toBe(Step.safeguardingCheck);
    });
  }

  it('"i want to learn to delete files on a computer" is a real hope', async () => {
    ({ chat } = await seed([BUS], () => ({ stage: 'hopes', step: Step.hopesMore })));
    await chat.say('i want to learn to delete files on a computer');
    expect((await hopesOf(chat)).join(' | ')).toMatch(/delete files on a computer/);
  });

  for (const said of ['this is long af', 'this is taking ages bruv', 'omg this is so long lol']) {
    it(`"${said}" at the health question is a remark, never a hope`, async () => {
      ({ chat } = await seed([BUS], () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'health_and_wellbeing' })));
      const replies = await chat.say(said);
      expect(await hopesOf(chat)).toEqual([BUS.text]);
      expect(saidIn(replies)).not.toMatch(/long af|taking ages|so long/i);
      expect(chat.step).toBe(Step.hopesTheme);
    });
  }

  for (const said of ['idk bruv', 'dunno mate', 'idk fam lol', 'bruv', 'innit']) {
    it(`"${said}" at the strengths question keeps nothing`, async () => {
      ({ chat } = await seed([], () => ({ stage: 'aboutMe', step: Step.aboutMeStrengths })));
      await chat.say(said);
      const aboutMe = JSON.stringify((await chat.draft())!.aboutMe ?? {});
      expect(aboutMe).not.toMatch(/bruv|mate|fam|innit|lol/i);
    });
  }

  it('"my fam and my bruv" at what is important is kept: there they are people', async () => {
    ({ chat } = await seed([], () => ({ stage: 'aboutMe', step: Step.aboutMeImportant })));
    await chat.say('my fam and my bruv');
    expect(JSON.stringify((await chat.draft())!.aboutMe?.important ?? [])).toMatch(/my fam and my bruv/);
  });

  it('"idk bruv, im good at football" keeps football and never "bruv"', async () => {
    ({ chat } = await seed([], () => ({ stage: 'aboutMe', step: Step.aboutMeStrengths })));
    await chat.say('idk bruv, im good at football');
    const aboutMe = JSON.stringify((await chat.draft())!.aboutMe ?? {});
    expect(aboutMe).toMatch(/football/);
    expect(aboutMe).not.toMatch(/bruv/);
  });
});
