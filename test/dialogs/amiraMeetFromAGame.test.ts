import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Amira, 12, said earlier that she talks to a boy on a game; later: "he wants to meet me. what should i do". Her question
 * gets a real answer (do not meet, tell an adult, CEOP, Childline) and "Are you OK?"; with a secret or pictures asked for
 * it is grooming with a sexual aim, flagged as sexual abuse. The words are never kept in her plan.
 */

const standard = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atWhatMakesItHard(mode?: 'easy_read'): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Amira',
    age: 12,
    ...(mode ? { journey: { mode } } : {}),
    hopes: [{ text: 'to have more friends', theme: 'friends_and_community', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  }));
  return chat!;
}

const needsText = async (chat: Transcript): Promise<string> => ((await chat.draft())?.needs.map((n) => n.text) ?? []).join(' ');

describe('someone from a game wants to meet', () => {
  it('"he wants to meet me. what should i do", after a boy on roblox, gets the advice and "Are you OK?", and is not kept', async () => {
    const chat = await atWhatMakesItHard();
    await chat.say('i talk to a boy on roblox');
    if (chat.step !== Step.needsBarrier) await chat.say('no');
    const replies = saidIn(await chat.say('he wants to meet me. what should i do'));
    expect(replies).toContain(standard('safeguarding:meeting.advice'));
    expect(replies).toMatch(/CEOP/);
    expect(replies).toMatch(/0800 1111/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yeah im ok');
    expect(await needsText(chat)).not.toMatch(/meet/);
  });

  it('not OK at the check: flagged', async () => {
    const chat = await atWhatMakesItHard();
    await chat.say('someone online wants to meet up should i go');
    await chat.say('not really');
    expect((await chat.draft())?.flags.length).toBe(1);
  });

  it.each(['someone online wants to meet up should i go', 'this girl from tiktok keeps asking where i live', 'my roblox friend wants to meet me irl'])(
    '"%s" gets the advice and "Are you OK?"',
    async (said) => {
      const chat = await atWhatMakesItHard();
      const replies = saidIn(await chat.say(said));
      expect(replies).toContain(standard('safeguarding:meeting.advice'));
      expect(chat.step).toBe(Step.safeguardingCheck);
    },
  );

  it.each(['my online friend said lets meet at the shops dont tell ur mum', 'a guy on fortnite wants to meet me and says keep it a secret'])('"%s" is flagged as sexual abuse, with the advice', async (said) => {
    const chat = await atWhatMakesItHard();
    const replies = saidIn(await chat.say(said));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['sexual_abuse']);
    expect(replies).toContain(standard('safeguarding:meeting.advice'));
    expect(replies).toContain(standard('safeguarding:childline'));
    expect(await needsText(chat)).toBe('');
  });

  it('"a guy from roblox wants my address" is flagged, with the advice', async () => {
    const chat = await atWhatMakesItHard();
    const replies = saidIn(await chat.say('a guy from roblox wants my address'));
    expect((await chat.draft())?.flags.length).toBe(1);
    expect(replies).toContain(standard('safeguarding:meeting.advice'));
  });

  it('the advice is said in easy read too', async () => {
    const chat = await atWhatMakesItHard('easy_read');
    const replies = saidIn(await chat.say('someone online wants to meet up should i go'));
    expect(replies).toContain(easy('safeguarding:meeting.advice'));
  });

  it.each(['i want to meet new people', 'my friend wants to meet at the park', 'i like playing roblox online', 'my teacher wants to meet my mum'])('"%s" is no worry', async (said) => {
    const chat = await atWhatMakesItHard();
    await chat.say(said);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
