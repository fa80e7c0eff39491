import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Person } from '../support/typedWay';

/* Rhys (16, Year 11) at "do you feel safe at home, at school and online?". */
const rhys: Person = { name: 'Rhys', age: '16' };
const atSafeQuestion = (person: Person = rhys): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, person, {
    [Step.aboutMeStrengths]: 'im good at fifa and fixing stuff',
    [Step.aboutMeImportant]: 'my mates and my mum',
    [Step.aboutMeSupport]: 'dont make a big deal of stuff',
  });

describe('home alone while a parent works, said as fine, at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('16: "yeh mostly. mum works nights so im on my own alot but its fine": thanked, at most one gentle question, no crisis answer and no flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('yeh mostly. mum works nights so im on my own alot but its fine');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
    if (chat.step === Step.aboutMeSafe || chat.step === Step.safeguardingCheck) {
      expect(saidIn(replies)).toMatch(/Is there anything about being on your own that worries you\?/);
      const after = await chat.say('nah not really');
      expect(saidIn(after)).not.toMatch(CRISIS);
      expect((await chat.draft())?.flags).toEqual([]);
    }
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('16: the gentle question answered with fear ("yeah i get scared when people bang on the door at night") is heard', async () => {
    chat = await atSafeQuestion();
    await chat.say('yeh mostly. mum works nights so im on my own alot but its fine');
    const after = await chat.say('yeah i get scared when people bang on the door at night');
    expect(saidIn(after)).toMatch(/0808 800 5000|0800 1111|Are you OK/);
  });

  it.each(['my dad hits me', 'i want to die', 'he touches me', 'i dont get fed', 'mum works nights and im on my own but her boyfriend hits me'])(
    'still heard at 16: "%s"',
    async (said) => {
      chat = await atSafeQuestion();
      const replies = await chat.say(said);
      expect(saidIn(replies)).toMatch(/0808 800 5000|0800 1111|116 123|Are you OK/);
    },
  );

  it('13: the same words keep the soft path of a younger person, never the 16-and-over question', async () => {
    chat = await atSafeQuestion({ name: 'Rhys', age: '13' });
    const replies = await chat.say('yeh mostly. mum works nights so im on my own alot but its fine');
    expect(saidIn(replies)).not.toMatch(/Is there anything about being on your own that worries you\?/);
  });
});
