import { afterEach, describe, expect, it } from 'vitest';
import { CHAT_PURPOSE } from '../../dialogs/chatPurpose';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { asksWhatTheChatIsFor } from '../../src/language/chatPurposeAsked';
import { Transcript } from '../support/transcript';
import { TODAY } from '../support/typedWay';

/** "what is this for" at the welcome is answered and the question asked again; a yes beside it stays a yes. */
describe('what the chat is for, asked at the welcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const t = createWords().forMode('standard');
  const texts = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text);

  it('a 16-year-old typing "wots this for anyway my mum said i had to do it", then "ye ok. but wot is it for tho" is told, and is never made a parent', async () => {
    chat = await Transcript.start({ today: TODAY });
    const first = await chat.say('wots this for anyway my mum said i had to do it');
    expect(texts(first)).toContain(t(CHAT_PURPOSE));
    expect(chat.step).toBe(Step.welcomeReadingMode);
    await chat.say('normal words please');
    expect(chat.step).toBe(Step.welcomeConsent);
    const second = await chat.say('ye ok. but wot is it for tho');
    expect(texts(second)).toContain(t(CHAT_PURPOSE));
    expect(chat.step).toBe(Step.welcomeWho);
    expect(texts(second).join('\n')).not.toMatch(/your child/i);
  });

  it('reads the question in its spellings, and a yes typed before it', () => {
    expect(asksWhatTheChatIsFor('what is this for?')).toEqual({ answer: '' });
    expect(asksWhatTheChatIsFor('whats the point of this')).toEqual({ answer: '' });
    expect(asksWhatTheChatIsFor('ye ok. but wot is it for tho')).toEqual({ answer: 'ye ok' });
    expect(asksWhatTheChatIsFor('yeah fine but why am i doing this')).toEqual({ answer: 'yeah fine' });
    expect(asksWhatTheChatIsFor('no no whats the point')).toEqual({ answer: 'no no' });
    expect(asksWhatTheChatIsFor('ok then what is this for')).toEqual({ answer: 'ok then' });
    expect(asksWhatTheChatIsFor('idk what is this for')).toBeNull();
    expect(asksWhatTheChatIsFor('yeah learn to drive')).toBeNull();
    expect(asksWhatTheChatIsFor('what is an outcome')).toBeNull();
    expect(asksWhatTheChatIsFor('yes')).toBeNull();
  });
});
