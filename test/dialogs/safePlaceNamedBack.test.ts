import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * Jamal is 20 and reads the easy-read words. Asked "Is there a place or a time when you don't feel
 * safe?", he types "bus at nite sumtimes": a place and a time, nothing more. The bus at night is named
 * back, one kind question follows, and where to turn is said once. No crisis list and no note unless
 * harm is said; harm said at either turn still gets the full answer and a note.
 */

const easy = createWords().forMode('easy_read');
const TALK = { text: 'to go to college on my own', theme: 'independent_living' as const, needs: ['i get lost'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const jamalAtPlaceQuestion = async (): Promise<Transcript> =>
  (await startWith({ today: '2026-12-02', name: 'Jamal', age: 20, hopes: [TALK], journey: { mode: 'easy_read' }, at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe, data: { followUp: 'mostly' } }) })).chat;

const flagsOf = async (c: Transcript) => ((await c.draft())?.flags ?? []).map((f) => f.category);

describe('"bus at nite sumtimes" at "Is there a place or a time when you don\'t feel safe?"', () => {
  it('names the bus at night back, asks one kind question, no crisis list and no note', async () => {
    chat = await jamalAtPlaceQuestion();
    const replies = saidIn(await chat.say('bus at nite sumtimes'));
    expect(replies).toContain(easy('aboutMe:safe.placeHeard.busNight'));
    expect(replies).toContain('The bus at night. Thank you for telling me.');
    expect(replies).not.toMatch(CRISIS);
    expect(chat.lastQuestion?.activity.text).toBe(easy('aboutMe:safe.placeAsk'));
    expect(await flagsOf(chat)).toEqual([]);
  });

  it('"no its just dark": where to turn, once, and on with the chat; still no note', async () => {
    chat = await jamalAtPlaceQuestion();
    await chat.say('bus at nite sumtimes');
    const replies = saidIn(await chat.say('no its just dark'));
    expect(replies).toContain(easy('aboutMe:safe.placeSignpost'));
    expect(replies.match(/999/g)).toHaveLength(1);
    expect(replies).not.toMatch(/Samaritans|Childline|Shout/);
    expect(chat.step).not.toBe(Step.aboutMeSafe);
    expect(await flagsOf(chat)).toEqual([]);
  });

  it('"yes some lads" to the kind question: the safeguarding answer and a note', async () => {
    chat = await jamalAtPlaceQuestion();
    await chat.say('bus at nite sumtimes');
    expect(saidIn(await chat.say('yes some lads'))).toMatch(CRISIS);
    expect(await flagsOf(chat)).toEqual(['other']);
  });

  it('still heard: "a man there touches me" to the kind question is sexual abuse', async () => {
    chat = await jamalAtPlaceQuestion();
    await chat.say('bus at nite sumtimes');
    expect(saidIn(await chat.say('a man there touches me'))).toMatch(CRISIS);
    expect(await flagsOf(chat)).toEqual(['sexual_abuse']);
  });

  it('still the full answer: "at home sometimes" is no place on the way', async () => {
    chat = await jamalAtPlaceQuestion();
    expect(saidIn(await chat.say('at home sometimes'))).toMatch(CRISIS);
    expect(await flagsOf(chat)).toEqual(['other']);
  });

  it('still heard: "i want to die" at the place question', async () => {
    chat = await jamalAtPlaceQuestion();
    expect(saidIn(await chat.say('i want to die'))).toMatch(CRISIS);
    expect(await flagsOf(chat)).toEqual(['self_harm_or_suicide']);
  });
});
