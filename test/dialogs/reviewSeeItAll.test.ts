import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { Step } from '../../dialogs/ids';
import { CARD_BUDGET } from '../../dialogs/reviewCard';
import { addAboutMe, addNeedHelp, addProvision, startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "can I see it all", "show me everything", "what have I got so far" at any step of the review
 * show the whole draft again, and the question stays open. A long draft comes as several cards,
 * none too big for a chat to show, and together they hold every part.
 */

const LONG = ' It matters to me a lot because I want to be more independent and do things on my own like other people my age.';

function filledIn(outcomes: number, padding = '') {
  return (draft: Draft): Draft => {
    let next = addAboutMe(draft, 'strengths', `I am good at drawing${padding}`);
    next = addAboutMe(next, 'important', `My cat Misty${padding}`);
    for (const need of next.needs) next = addNeedHelp(next, need.id, `my mum helps me${padding}`);
    for (let i = 0; i < outcomes; i++) {
      const hope = next.aspirations[i % next.aspirations.length]!;
      const started = startOutcome(next, { statement: `By July 2027, I will do step ${i + 1}.${padding}`, aspirationId: hope.id, needIds: [] });
      next = updateOutcome(started.draft, started.outcome.id, {
        timeframe: { phrase: 'by July 2027', date: '2027-07-23' },
        measure: `my tutor will see it${padding}`,
        doesForMe: `I would feel proud${padding}`,
        makesPossible: `I could get a job${padding}`,
        confirmed: true,
      });
      next = addProvision(next, started.outcome.id, `a quiet room at break${padding}`, 'education').draft;
    }
    return next;
  };
}

const seed = (outcomes: number, padding = ''): Seed => ({
  today: '2025-03-10',
  name: 'Sam',
  age: 17,
  schoolYear: 12,
  hopes: [
    { text: `I want to design computer games${padding}`, theme: 'learning_and_work', needs: [`Reading long instructions is hard${padding}`] },
    { text: `Have more friends${padding}`, theme: 'friends_and_community', needs: [`Busy places make me worried${padding}`, `I find it hard to sleep${padding}`] },
  ],
  change: filledIn(outcomes, padding),
  at: () => ({ stage: 'review', step: 'review.summary' }),
});

const cardsIn = (replies: Partial<Activity>[]) => replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
const shown = (replies: Partial<Activity>[]) => JSON.stringify(cardsIn(replies));

describe('seeing the whole draft at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  // At "Your draft is ready", looking at it all may be "look again": then back to the read-back.
  const STEPS: [string, string[], string?][] = [
    ['the read-back', []],
    ['picking a part to change', ['change something']],
    ['new words for a part', ['change something', 'the step 1 one']],
    ['"Your draft is ready"', ['looks good'], Step.reviewSummary],
  ];
  const ASKED = ['can I see it all', 'show me everything', 'what have I got so far'];

  for (const [where, before, then] of STEPS) {
    it.each(ASKED)(`"%s" at ${where} shows every part, and the question stays open`, async (said) => {
      ({ chat } = await startWith(seed(2)));
      for (const text of before) await chat.say(text);
      const step = chat.step;
      const question = chat.lastQuestion!.activity.text;
      const draftBefore = await chat.draft();
      const replies = await chat.say(said);
      for (const part of ['I am good at drawing', 'My cat Misty', 'Have more friends', 'Busy places make me worried', 'my mum helps me', 'I will do step 1', 'I will do step 2', 'a quiet room at break']) {
        expect(shown(replies)).toContain(part);
      }
      expect([step, then]).toContain(chat.step);
      if (!then) expect(chat.lastQuestion!.activity.text).toBe(question);
      expect(await chat.draft()).toEqual(draftBefore);
    });
  }

  it('a long draft comes as several cards that each fit, holding every outcome, with the choices after them', async () => {
    ({ chat } = await startWith(seed(6, LONG)));
    const replies = await chat.say('can I see it all');
    const cards = cardsIn(replies);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(JSON.stringify(card).length).toBeLessThanOrEqual(CARD_BUDGET + 1000);
    for (let i = 1; i <= 6; i++) expect(shown(replies)).toContain(`I will do step ${i}.`);
    expect(chat.step).toBe(Step.reviewSummary);
    expect(chat.lastQuestion!.choices.length).toBeGreaterThan(0);
  });
});
