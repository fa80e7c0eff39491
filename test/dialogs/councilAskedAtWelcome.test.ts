import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { readDataQuestion } from '../../src/language/dataQuestion';
import { Transcript } from '../support/transcript';
import { TODAY } from '../support/typedWay';

/*
 * A dad at the consent or "who is chatting" question asks whether this goes to the council: what is
 * kept and who sees it, said plainly, never a yes or a no, and the same question asked again.
 */
describe('"is this going to the council?" at the welcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const t = createWords().forMode('standard');
  const texts = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '').join('\n');

  it('is answered at consent and at who, and each question is asked again', async () => {
    chat = await Transcript.start({ today: TODAY });
    await chat.say('normal words please');
    expect(chat.step).toBe(Step.welcomeConsent);
    const atConsent = texts(await chat.say('is this going to the council?'));
    expect(atConsent).toContain(t('common:dataAsked.nobody'));
    expect(atConsent).toMatch(/The council only sees/);
    expect(chat.step).toBe(Step.welcomeConsent);
    await chat.say('yes thats fine');
    expect(chat.step).toBe(Step.welcomeWho);
    for (const asked of ['is this going to the council?', 'is this for the council?', 'is the council going to see this']) {
      const said = texts(await chat.say(asked));
      expect(said).toMatch(/The council only sees/);
      expect(chat.step).toBe(Step.welcomeWho);
    }
  });

  it('a question before the answer is answered and the answer still taken', async () => {
    chat = await Transcript.start({ today: TODAY });
    await chat.say('normal words please');
    await chat.say('yes');
    expect(chat.step).toBe(Step.welcomeWho);
    const said = texts(await chat.say('will the council see this? im his dad'));
    expect(said).toMatch(/The council only sees/);
    expect(said).not.toMatch(/can't give advice/);
    expect(chat.step).toBe(Step.welcomeName);
  });

  it('reads who the answers go to, and leaves "going to" as the future alone', () => {
    expect(readDataQuestion('is my dad gonna read this?')).toMatchObject({ whoSees: true, who: 'your dad' });
    expect(readDataQuestion('is this for school')).toMatchObject({ whoSees: true });
    expect(readDataQuestion('is this going to help')).toBeNull();
    expect(readDataQuestion('is it going to be ok')).toBeNull();
    expect(readDataQuestion('is this for me')).toBeNull();
  });
});
