import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * A bag held "for a moment" while a mate goes to the toilet is a favour, and only those words are excused: a knife,
 * a blade or drugs found in what they held is told after them and is heard in full (exploitation), never kept as a
 * hope. Older lads asking a young person to hold or mind their things is the exploitation answer however short the
 * time, as "the older lads want me to do a run" is. A brother's bag, a nan's shopping and a plain favour stay quiet.
 */
const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function saysAtHopes(said: string, age = '15') {
  chat = await typedTo(Step.hopesDream, { age, name: 'Jo' });
  return saidIn(await chat.say(said));
}

describe('a bag held for someone, with a knife or drugs in it', () => {
  it.each([
    'my mate asked me to hold his bag while he went to the toilet, there was a knife in it',
    'held my cousins bag for 5 mins and it had weed in',
    'the lads gave me a bag to mind while they went in the shop, it had a blade',
    'i minded my mates rucksack for a bit and there were pills in it',
    'found a knife in the bag i was holding for him',
    'he asked me to keep his coat for a sec, it had a blade in the pocket',
  ])('%j: the exploitation answer and a note, never a hope', async (said) => {
    const replies = await saysAtHopes(said);
    expect(replies).toContain(standard('safeguarding:exploited.heard'));
    expect(chat!.step).toBe(Step.safeguardingCheck);
    const draft = await chat!.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(draft?.aspirations).toEqual([]);
  });

  it.each(['the older lads asked me to hold their bag while they went to the toilet', 'the olders gave me their bag to mind', 'older boys asked me to look after their phones'])(
    '%j from a 13-year-old: the exploitation answer and a note',
    async (said) => {
      const replies = await saysAtHopes(said, '13');
      expect(replies).toContain(standard('safeguarding:exploited.heard'));
      expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
    },
  );

  it.each(['i held my mates bag while he went to the toilet', 'i carried my nans shopping bag', 'my older brother asked me to hold his bag', 'i held his bag, it had his pe kit in', 'my bag had a knife and fork in it for lunch'])(
    '%j stays quiet',
    async (said) => {
      await saysAtHopes(said, '13');
      expect(chat!.step).not.toBe(Step.safeguardingCheck);
      expect((await chat!.draft())?.flags).toEqual([]);
    },
  );
});
