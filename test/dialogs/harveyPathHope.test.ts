import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { throughWelcome } from './throughWelcome';

/*
 * Harvey (15, speech to text) at hopes: "go to collage and do games design and then maybe go to uni"
 * was cut into two hopes. College then university is one path, so one hope.
 */

const hopes = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('Harvey: a path through college to university is one hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atHopes = async () => {
    chat = await throughWelcome({ name: 'Harvey', age: '15' });
    await typeUntil(chat, Step.hopesDream, { [Step.aboutMeStrengths]: 'im good at games', [Step.aboutMeImportant]: 'my xbox', [Step.aboutMeSupport]: 'explain things', [Step.aboutMeSafe]: 'yes' });
  };

  it('"go to collage and do games design and then maybe go to uni" is kept as one hope', async () => {
    await atHopes();
    await chat.say('go to collage and do games design and then maybe go to uni');
    // The spelling is tidied as it is kept ("collage" is "college"); the path stays whole.
    const kept = await hopes(chat);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^go to coll[ae]ge and do games design and then maybe go to uni$/);
  });

  it('a plain disclosure beside the path is still heard', async () => {
    await atHopes();
    await chat.say('go to college and then maybe go to uni but my dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
