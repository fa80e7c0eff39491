import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addProvision } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Dan picks his cooking goal to change, then says which part of it he means in his own words:
 * "not the goal, the help part", "the how we will know bit", "what it would make possible".
 * That part changes; the goal's own sentence never takes those words.
 */

const COOKING = 'In 2 years (by December 2028), I will cook my own tea every day in the flat.';
/** Dan's cooking goal with one piece of help under it: a cooking teacher. */
const withTeacher = danAtReview([], (d) => addProvision(d, d.outcomes[0]!.id, 'a cooking teacher at college', 'education').draft);

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('the part of an outcome named in words after picking it at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"not the goal, the help part" asks for new words for the help, and only the help changes', async () => {
    ({ chat } = await startWith(withTeacher));
    await chat.say('change outcome 1');
    const reply = said(await chat.say('not the goal, the help part'));
    expect(reply).toMatch(/a cooking teacher at college/);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('my dad shows me on saturdays');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe(COOKING);
    expect(outcome.provision.map((p) => p.text)).toEqual(['my dad shows me on saturdays']);
  });

  it('"change the help part" right after picking the goal is about its help too', async () => {
    ({ chat } = await startWith(withTeacher));
    await chat.say('change outcome 1');
    expect(said(await chat.say('change the help part'))).toMatch(/a cooking teacher at college/);
    expect((await chat.draft())!.outcomes[0]!.statement).toBe(COOKING);
  });

  it('with no help written yet, "the help part" is never kept as the goal', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change outcome 1');
    await chat.say('not the goal, the help part');
    expect((await chat.draft())!.outcomes[0]!.statement).toBe(COOKING);
  });

  it('"the how we will know bit" changes how everyone will know, not the goal', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change outcome 1');
    expect(said(await chat.say('not the goal, the how we will know bit'))).toMatch(/dad sees me cook/);
    await chat.say('my dad eats what i cook');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('my dad eats what i cook');
    expect(outcome.statement).toBe(COOKING);
  });

  it('"what it would make possible" changes that part, not the goal', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change outcome 1');
    expect(said(await chat.say('not the goal, what it would make possible'))).toMatch(/move in with sam/);
    await chat.say('have my mates round for tea');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible).toBe('have my mates round for tea');
    expect(outcome.statement).toBe(COOKING);
  });

  it('new words that only mention help are still the goal\'s new words', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change outcome 1');
    await chat.say('I will help my mum cook tea twice a week');
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/help my mum cook tea twice a week/);
  });
});
