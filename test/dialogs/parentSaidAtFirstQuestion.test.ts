import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { closeAfterEach, saidIn, TODAY } from '../support/typedWay';
import { Transcript } from '../support/transcript';

/*
 * "hi im his mum, hes 7 and autistic" typed at the very first question: once they agree we may keep answers,
 * the who question is not asked; the draft says a parent or carer is chatting, that she is his mum, and the
 * questions are about "him".
 */
describe('a mum says who she is before the who question', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each([
    [['hi im his mum, hes 7 and autistic', 'standard', 'yes']],
    [['Standard words', "Yes, that's OK", 'hi im his mum, hes 7 and autistic']],
  ])('%j: a parent, his mum, and "him" in the questions', async (typed) => {
    chat = await Transcript.start({ today: TODAY });
    for (const said of typed) await chat.say(said);
    expect(chat.step).toBe(Step.welcomeName);
    let draft = await chat.draft();
    expect(draft?.youngPerson.who).toBe('parent_carer');
    expect(draft?.youngPerson.relationship).toBe('mum');
    expect(draft?.youngPerson.pronoun).toBe('he');
    await chat.say('Sam');
    if (chat.step === Step.welcomeAge) await chat.say('year 2');
    await chat.say('no code');
    await chat.say('he is kind and funny');
    await chat.say('trains');
    expect(saidIn(chat.all.slice(-1))).toMatch(/\bhim\b|\bSam\b/);
    draft = await chat.draft();
    expect(draft?.youngPerson.who).toBe('parent_carer');
    expect(draft?.youngPerson.age).toBe(7);
  });

  it('"im her foster carer, shes 9" keeps her foster carer', async () => {
    chat = await Transcript.start({ today: TODAY });
    await chat.say('im her foster carer, shes 9');
    await chat.say('standard');
    await chat.say('yes');
    const draft = await chat.draft();
    expect(draft?.youngPerson.who).toBe('parent_carer');
    expect(draft?.youngPerson.relationship).toBe('foster_carer');
    expect(draft?.youngPerson.pronoun).toBe('she');
  });
});
