import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeed } from '../../src/domain/draft';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * A hard thing said at a hopes question with no hope for that part of life is kept as a need of no
 * hope. The needs stage offers it once: which hope does it get in the way of? Linked by the answer,
 * kept either way.
 */

const feedback = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const GARAGE: SeedHope = { text: 'get a job in a garage', theme: 'learning_and_work', needs: ['i get nervous talking to people'] };
const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['cooking'] };

/** At "anything else that makes this hard?" for the last hope, with "i cant count money" kept for no hope. */
async function atLastNeedsQuestion(options: { who?: 'self' | 'parent_carer'; name?: string } = {}) {
  return startWith({
    today: '2025-03-10',
    age: 20,
    ...options,
    hopes: [GARAGE, FLAT],
    change: (d) => addNeed(d, 'i cant count money', []).draft,
    at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[1]!.id }),
  });
}

const needOfNoHope = async (chat: Transcript) => (await chat.draft())?.needs.find((n) => n.text === 'i cant count money');

describe('a hard thing said for no hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('typed at a hopes question, it is offered at the end of the needs stage and linked by the words typed', async () => {
    chat = await throughWelcome({ age: '20' });
    await throughAboutMe(chat);
    await chat.say('get a job in a garage');
    await chat.say('no');
    let said = false;
    for (let i = 0; i < 6 && chat.step === Step.hopesTheme; i++) {
      const atIndependence: boolean = chat.lastQuestion?.topic === 'independent_living' && !said;
      said ||= atIndependence;
      await chat.say(atIndependence ? 'i cant count money' : 'nothing');
    }
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['get a job in a garage']);
    expect((await chat.draft())?.needs.map((n) => [n.text, n.aspirationIds.length])).toEqual([['i cant count money', 0]]);
    await chat.say('i get nervous talking to people');
    await chat.say('my mum helps me practise');
    await chat.say('no');
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.activity.text).toBe('You told me "I can\'t count money" is hard. Which hope does it get in the way of?');
    expect(chat.lastQuestion?.choices).toEqual(['get a job in a garage', 'None of them']);
    const replies = await chat.say('the garage one');
    const draft = await chat.draft();
    expect((await needOfNoHope(chat))?.aspirationIds).toEqual([draft!.aspirations[0]!.id]);
    expect(feedback(replies)).toMatch(/linked "I can.t count money" to "get a job in a garage"/);
    expect(chat.step).toBe(Step.outcomeStep);
  });

  it('is linked by words that name a hope: "living on my own"', async () => {
    const started = await atLastNeedsQuestion();
    chat = started.chat;
    await chat.say('no');
    expect(chat.lastQuestion?.choices).toEqual(['get a job in a garage', 'live in my own flat', 'None of them']);
    await chat.say('living in my flat');
    expect((await needOfNoHope(chat))?.aspirationIds).toEqual([started.seeded.aspirations[1]!.id]);
  });

  it('is linked by its button', async () => {
    const started = await atLastNeedsQuestion();
    chat = started.chat;
    await chat.say('no');
    await chat.say('live in my own flat');
    expect((await needOfNoHope(chat))?.aspirationIds).toEqual([started.seeded.aspirations[1]!.id]);
  });

  it('"both" links it to every hope', async () => {
    const started = await atLastNeedsQuestion();
    chat = started.chat;
    await chat.say('no');
    await chat.say('both really');
    expect((await needOfNoHope(chat))?.aspirationIds).toEqual(started.seeded.aspirations.map((a) => a.id));
  });

  it.each(['none of them', 'no', 'skip'])('%j keeps it in the plan with no hope, says so, and it is not offered again', async (typed) => {
    ({ chat } = await atLastNeedsQuestion());
    await chat.say('no');
    const replies = await chat.say(typed);
    expect(feedback(replies)).toMatch(/kept "I can.t count money" in your plan/);
    expect((await needOfNoHope(chat))?.aspirationIds).toEqual([]);
    expect(chat.step).toBe(Step.outcomeStep);
  });

  it.each(['none its not a real thing i got confused', 'remove it please its not true'])('%j takes it out of the plan, says so, and goes on', async (typed) => {
    ({ chat } = await atLastNeedsQuestion());
    await chat.say('no');
    const replies = await chat.say(typed);
    expect(feedback(replies)).toMatch(/taken "I can.t count money" out of your plan/);
    expect(await needOfNoHope(chat)).toBeUndefined();
    expect(chat.step).toBe(Step.outcomeStep);
  });

  it('a parent is asked about their child by name', async () => {
    ({ chat } = await atLastNeedsQuestion({ who: 'parent_carer', name: 'Leo' }));
    await chat.say('no');
    expect(chat.lastQuestion?.activity.text).toMatch(/"I can.t count money" is hard for Leo/);
  });

  it('a need of no hope already said again for a hope is not offered', async () => {
    ({ chat } = await startWith({
      today: '2025-03-10',
      age: 20,
      hopes: [{ ...FLAT, needs: ['i cant count money'] }],
      change: (d) => addNeed(d, 'i cant count money', []).draft,
      at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }),
    }));
    await chat.say('no');
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
