import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, Transcript } from '../support/transcript';
import { typeUntil, welcomeTyped } from '../support/typedWay';

/*
 * Questions at the welcome are answered plainly, then the same question is asked again:
 * "are you a real person" at the reading mode, "what if i dont want to" at the consent.
 */

const TODAY = '2026-12-02';
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

describe('questions at the welcome', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('"are you a real person" at the reading mode: no, a computer program; the reading mode asked again', async () => {
    chat = await Transcript.start({ today: TODAY });
    expect(chat.step).toBe(Step.welcomeReadingMode);
    const replies = await chat.say('are you a real person');
    expect(texts(replies)).toMatch(/computer program/);
    expect(chat.step).toBe(Step.welcomeReadingMode);
  });

  it('"what if i dont want to" at the consent: what happens after a no, said plainly; consent asked again', async () => {
    chat = await Transcript.start({ today: TODAY });
    await typeUntil(chat, Step.welcomeConsent, welcomeTyped());
    const replies = await chat.say('what if i dont want to');
    expect(texts(replies)).toMatch(/If you say no/);
    expect(chat.step).toBe(Step.welcomeConsent);
  });

  it('"normal words please" and "yeah thats fine" still answer the welcome questions', async () => {
    chat = await Transcript.start({ today: TODAY });
    await chat.say('normal words please');
    expect(chat.step).toBe(Step.welcomeConsent);
    await chat.say('yeah thats fine');
    expect(chat.step).toBe(Step.welcomeWho);
  });
});
