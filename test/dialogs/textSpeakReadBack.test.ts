import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/** Hopes and hard things typed in text-speak are read back spelled out; the draft keeps them as typed. */
describe('text-speak in hope and hard-thing read-backs', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i wna b a chef" is read back as "I want to be a chef" and kept as typed', async () => {
    chat = await throughWelcome({ who: 'Me, about myself', name: 'Kai', age: '15' });
    await throughAboutMe(chat);
    const replies = await chat.say('i wna b a chef');
    expect(saidIn(replies)).toContain('I want to be a chef');
    expect(saidIn(replies)).not.toContain('wna b');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('i wna b a chef');
  });

  it('the hope quoted in the next questions is spelled out too', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [{ text: 'i wna b a chef', theme: 'learning_and_work', needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    expect(chat.lastQuestion?.activity.text).toContain('I want to be a chef');
  });

  it('a hard thing said again is read back spelled out, and kept once as typed', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [{ text: 'have more mates', theme: 'friends_and_community', needs: ['ppl dont tlk 2 me'] }], at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }) }));
    const replies = await chat.say('ppl dont tlk 2 me');
    expect(saidIn(replies)).toContain("People don't talk to me");
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['ppl dont tlk 2 me']);
  });
});
