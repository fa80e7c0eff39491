import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe, addAspiration, addNeed, addNeedHelp, addProvision, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { amirAtReview, confirmedOutcome } from './reviewSeed';

/*
 * Amir, 20, in easy read, with a long plan. "Change something" sent every part of it in one long
 * list. Now it asks which part first (my dreams, what is hard, what helps, my goals), then lists
 * only that part's items, numbered from 1, and "2" means the second of those.
 */

/** About me, a third hope with its hard thing and what helps, more help and a third goal: 18 parts. */
function longPlan(draft: Draft): Draft {
  let next = addAboutMe(draft, 'strengths', 'i am kind');
  next = addAboutMe(next, 'strengths', 'i am good with computers');
  next = addAboutMe(next, 'important', 'my mum and my cat');
  next = addAboutMe(next, 'support', 'speak slowly');
  const gym = addAspiration(next, 'go to the gym', 'health_and_wellbeing');
  const busy = addNeed(gym.draft, 'busy places make me worried', [gym.aspiration.id]);
  next = addNeedHelp(busy.draft, busy.need.id, 'going with my brother');
  next = addNeedHelp(next, next.needs[0]!.id, 'picture timetables');
  next = addProvision(next, next.outcomes[1]!.id, 'cooking lessons at college', 'education').draft;
  const goal = confirmedOutcome(next, 2, 'In 6 months (by June 2027), I will go to the gym 2 times a week.', { timeframe: { phrase: 'in 6 months', date: '2027-06-06' }, measure: 'my gym card' });
  return addProvision(goal.draft, goal.id, 'a support worker at the gym', 'social_care').draft;
}

const saidText = (replies: readonly { text?: string }[]): string => replies.map((r) => r.text ?? '').join('\n');

describe('easy read: which part first, then only its items', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"change something" asks which part; "my goals" lists only the 3 goals; "2" picks the cooking goal', async () => {
    ({ chat } = await startWith(amirAtReview(longPlan)));
    const asked = await chat.say('change something');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.choices).toEqual(['My dreams', 'What is hard', 'What helps', 'My goals', 'About me']);
    expect(saidText(asked)).not.toContain('get a job');

    const listed = saidText(await chat.say('my goals'));
    expect(listed).toMatch(/1\. .*get a job/);
    expect(listed).toMatch(/3\. .*gym/);
    expect(listed).not.toMatch(/4\./);
    expect(listed).not.toContain('live in my own flat');
    expect(chat.lastQuestion!.choices).toHaveLength(3);

    await chat.say('2');
    expect(chat.lastQuestion!.activity.text).toContain('cook my tea');
    await chat.say('I will cook my tea on my own 3 times a week');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[1]!.statement).toMatch(/cook my tea on my own 3 times a week/);
    expect(draft.outcomes[0]!.statement).toMatch(/get a job in a shop/);
  });

  it('"what is hard" lists the hard things only; typing one picks it', async () => {
    ({ chat } = await startWith(amirAtReview(longPlan)));
    await chat.say('Change something');
    const listed = saidText(await chat.say('what is hard'));
    expect(listed).toContain('1. "reading and travel"');
    expect(listed).toContain('3. "busy places make me worried"');
    expect(listed).not.toContain('picture timetables');
    await chat.say('the busy one');
    expect(chat.lastQuestion!.activity.text).toContain('busy places make me worried');
  });

  it('"help" at the part question is the help, with what helps and the help for goals', async () => {
    ({ chat } = await startWith(amirAtReview(longPlan)));
    await chat.say('change something');
    const listed = saidText(await chat.say('what helps'));
    expect(listed).toContain('picture timetables');
    expect(listed).toContain('a job coach');
    expect(listed).not.toContain('reading and travel');
  });

  it('a short plan is still one list to pick from', async () => {
    ({ chat } = await startWith(amirAtReview()));
    await chat.say('change something');
    expect(chat.lastQuestion!.choices!.some((c) => c.includes('get a job'))).toBe(true);
  });
});
