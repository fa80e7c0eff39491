import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addProvision, setYoungPerson, type Draft } from '../../src/domain/draft';
import { readOutcomeToHope } from '../../src/language/outcomeToHope';
import { saysTakeItOut } from '../../src/language/takeOutRequest';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';
import { atReviewSummary, confirmedOutcome } from './reviewSeed';

/*
 * Ellie (18, at college) at the review: "full stop" kept in a help line by her speech-to-text, and
 * the assignments outcome kept under her flat hope when it is for her course.
 */

function ellies(draft: Draft): Draft {
  let d = setYoungPerson(draft, { education: 'college' });
  const swim = confirmedOutcome(d, 2, 'go swimming once a week', { timeframe: { phrase: 'by July', date: '2027-07-22' }, measure: 'my physio will see', pfaArea: 'health' });
  d = addProvision(swim.draft, swim.id, 'a pool with a hoist full stop', 'health').draft;
  return confirmedOutcome(d, 0, 'hand in all my assignments on time', { timeframe: { phrase: 'by July', date: '2027-07-22' }, measure: 'my tutor will see', pfaArea: 'independent_living' }).draft;
}

const atReview = async () =>
  (
    await startWith({
      today: '2026-12-04', name: 'Ellie', age: 18, schoolYear: 13,
      hopes: [
        { text: 'live in my own flat one day', theme: 'independent_living', needs: ['i cant cook yet'] },
        { text: 'pass my course and go onto level 2', theme: 'learning_and_work', needs: ['i find assignments hard'] },
        { text: 'keep my body strong', theme: 'health_and_wellbeing', needs: ['my muscles get stiff'] },
      ],
      change: ellies,
      at: atReviewSummary,
    })
  ).chat;

describe('Ellie at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the course hope doesnt have an outcome because the assignments one is for it" moves that outcome to the course hope, with its area and needs', async () => {
    chat = await atReview();
    const asked = await chat.say('the course hope doesnt have an outcome because the assignments one is for it');
    expect(saidIn(asked)).toMatch(/Move "hand in all my assignments on time" to the hope "pass my course and go onto level 2"/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    const course = draft.aspirations[1]!;
    const moved = draft.outcomes.find((o) => o.statement === 'hand in all my assignments on time')!;
    expect(moved.aspirationId).toBe(course.id);
    expect(moved.pfaArea).toBe('employment');
    expect(moved.needIds.map((id) => draft.needs.find((n) => n.id === id)?.text)).toEqual(['i find assignments hard']);
  });

  it('"the help bit says full stop can you take it out", then "take that word out", takes only those words out', async () => {
    chat = await atReview();
    const asked = await chat.say('in the first one the help bit says full stop can you take it out');
    expect(saidIn(asked)).toMatch(/Take "full stop" out of/);
    await chat.say('take that word out');
    expect(chat.step).toBe(Step.reviewSummary);
    const help = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(help).toHaveLength(1);
    expect(help[0]).toMatch(/^a pool with a hoist\.?$/);
  });

  it.each([
    ['the course hope doesnt have an outcome because the assignments one is for it', { target: 'the assignments one', hope: 'course' }],
    ['move the swimming one to the friends hope', { target: 'the swimming one', hope: 'friends' }],
  ])('"%s" names the outcome and the hope', (said, read) => {
    expect(readOutcomeToHope(said)).toEqual(read);
  });

  it.each(['the course hope is hard', 'the course hope doesnt have a date'])('"%s" moves nothing', (said) => {
    expect(readOutcomeToHope(said)).toBeNull();
  });

  it.each([
    ['take that word out', true],
    ['yes take it out please', true],
    ['take out the whole thing', false],
    ['take the bus', false],
  ])('"%s" agrees to take the words out: %s', (said, yes) => {
    expect(saysTakeItOut(said)).toBe(yes);
  });
});
