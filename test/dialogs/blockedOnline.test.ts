import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * "Do you feel safe at home, at school and online?" answered "yeah mostly, people online are weird
 * about the wheelchair but I just block them": a yes, with unkindness online they deal with. A kind
 * word about blocking, no help lines, no note; the journey moves on.
 */

const KAI = { name: 'Kai', age: '15' } as const;
const atSafeQuestion = (): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, KAI, {
    [Step.aboutMeStrengths]: 'im good at drawing',
    [Step.aboutMeImportant]: 'my cat and my mates',
    [Step.aboutMeSupport]: 'tell me whats happening before it happens',
  });

describe('unkindness online that they block', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a yes with a kind word about blocking: no help lines, no note, on to hopes', async () => {
    chat = await atSafeQuestion();
    const replies = saidIn(await chat.say('yeah mostly, people online are weird about the wheelchair but I just block them'));
    expect(replies).toMatch(/Blocking them is a good idea/);
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Are you OK/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('near-miss: someone online asking for pictures, blocked or not, is still "not always" and a note', async () => {
    chat = await atSafeQuestion();
    const replies = saidIn(await chat.say('yeah mostly but an older guy online keeps asking for pics, i block him'));
    expect(replies).not.toMatch(/Blocking them is a good idea/);
    expect((await chat.draft())?.flags.length).toBeGreaterThan(0);
  });
});
