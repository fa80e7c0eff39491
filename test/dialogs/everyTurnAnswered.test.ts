import { ActivityTypes, type Activity } from 'botbuilder';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../dialogs/dialogKit';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { DEFAULT_ANSWERS, DEFAULT_OUTCOME_STEPS, playJourney } from './journeyDriver';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Every message gets something back. A reading that lets a message past every other reading and then
 * says nothing would leave the person looking at silence: the bot says a short kind line instead and
 * asks the open question again, the same question with the same buttons.
 *
 * The talk-about-the-chat reading is stubbed at its boundary so that two sentences go quiet: one
 * leaves the question's stage open, the other leaves no stage open at all.
 */
vi.mock('../../dialogs/chatTalk', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../dialogs/chatTalk')>();
  return {
    ...original,
    readTalkAboutChat: async (...args: Parameters<typeof original.readTalkAboutChat>) => {
      const [inner, , text] = args;
      if (text === 'i like the colour blue') return Dialog.EndOfTurn;
      if (text === 'i like the colour green') {
        await inner.cancelAllDialogs();
        return Dialog.EndOfTurn;
      }
      return original.readTalkAboutChat(...args);
    },
  };
});

const LOST_PLACE = /Sorry, I lost my place for a moment\. Here is the question again\./;

const seed = (): Seed => ({
  today: '2025-03-10',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'work with animals as a vet', theme: 'learning_and_work', needs: [] }],
  at: () => ({ stage: 'hopes', step: Step.hopesMore }),
});

const messagesIn = (replies: Partial<Activity>[]) => replies.filter((a) => a.type === ActivityTypes.Message);

describe('a message that would get nothing back', () => {
  let chat: Transcript | undefined;
  afterEach(async () => chat?.close());

  it.each(['i like the colour blue', 'i like the colour green'])('"%s": a kind line, then the same question with the same buttons', async (typed) => {
    ({ chat } = await startWith(seed()));
    const before = chat.lastQuestion!;
    const replies = await chat.say(typed);
    expect(messagesIn(replies).length).toBeGreaterThan(0);
    expect(saidIn(replies)).toMatch(LOST_PLACE);
    const again = chat.lastQuestion!;
    expect(replies).toContain(again.activity);
    expect(again.step).toBe(before.step);
    expect(again.choices).toEqual(before.choices);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['work with animals as a vet']);
    // The next answer is read as usual.
    await chat.say('no');
    expect(chat.step).not.toBe(Step.hopesMore);
  });

  it('in easy read, the kind line is the easy-read one', async () => {
    ({ chat } = await startWith({ ...seed(), journey: { mode: 'easy_read' } }));
    const replies = await chat.say('i like the colour blue');
    expect(saidIn(replies)).toMatch(/Sorry\. I lost my place\. Here is the question again\./);
    expect(outcomesOf(chat.lastQuestion!.activity)?.mode).toBe('easy_read');
  });

  it('a whole typed journey: every message gets a reply, and none needed the kind line', async () => {
    let outcomeSteps = 0;
    let turns = 0;
    const run = await playJourney({
      today: '2025-01-13',
      answers: {},
      onStep: async (current, step) => {
        const typed: Partial<Record<string, string>> = {
          [Step.welcomeName]: 'its jo',
          [Step.welcomeAge]: 'im 15',
          [Step.hopesDream]: 'i wanna be a mechanic',
          [Step.hopesMore]: 'nah thats it',
          [Step.hopesTheme]: 'no',
          [Step.needsBarrier]: 'reading the manuals is hard for me',
          [Step.needsHelps]: 'my uncle shows me stuff',
        };
        const answer = typed[step] ?? (step === Step.outcomeStep ? DEFAULT_OUTCOME_STEPS[outcomeSteps++ % DEFAULT_OUTCOME_STEPS.length]! : DEFAULT_ANSWERS[step as keyof typeof DEFAULT_ANSWERS]);
        const replies = await current.say(answer);
        turns++;
        expect(messagesIn(replies).length, `nothing said back at ${step}`).toBeGreaterThan(0);
        expect(saidIn(replies), `a silent turn at ${step}`).not.toMatch(LOST_PLACE);
        return true;
      },
    });
    chat = run.chat;
    expect(turns).toBeGreaterThan(15);
  });
});
