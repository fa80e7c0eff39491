import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/*
 * At the review, a mum asks for the note about domestic abuse to come off: "nobody is being abused,
 * he's 4 and overwhelmed". Talk about the note or the help lines never raises a new flag or the
 * crisis answer: she gets the same apology and truth about the note as at the safety question. When
 * she says it happened again and she is upset, she gets an apology, never "OK, let's carry on".
 */

const OLIVER = { name: 'Oliver', age: 4, schoolYear: -1 };
const CALM = { text: 'Oliver will stay calm when his sister is near', theme: 'health_and_wellbeing' as const, needs: ['he gets overwhelmed and rough with Poppy'] };
const flagged = (d: Parameters<typeof addFlag>[0]) => addFlag(d, { category: 'domestic_abuse', at: new Date('2026-12-04T09:30:00Z'), step: 'needs.barrier' });
const CRISIS = /0808|NSPCC|999|safe right now/i;
const ASKS_OFF =
  "you gave me domestic abuse numbers... Is there a note about that on his plan? If there is, I'd like it taken off please, nobody is being abused, he's 4 and overwhelmed";

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atReview(): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed(OLIVER, [CALM], { change: flagged, at: () => ({ stage: 'review', step: Step.reviewSummary }) })));
  return chat!;
}

describe('a parent asks for the note off at the review', () => {
  it('no crisis answer and no new flag: sorry, the note stays with her words beside it, the key worker sees both', async () => {
    const c = await atReview();
    const replies = texts(await c.say(ASKS_OFF));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).toMatch(/I'm really sorry/);
    expect(replies).toMatch(/kept for safety\. It is marked as taken back, with your words beside it\. The adult who checks these notes can read both\. Your key worker sees them only if you share the plan\./);
    expect(replies).not.toMatch(/can't delete/);
    expect(c.step).toBe(Step.reviewSummary);
    const flags = (await c.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
    expect(flags[0]?.takenBackAt).toBeDefined();
  });

  it('"you\'ve done it again and I\'m honestly quite upset now": an apology, not "OK, let\'s carry on", and no new flag', async () => {
    const c = await atReview();
    await c.say(ASKS_OFF);
    const replies = texts(await c.say("you've done it again and I'm honestly quite upset now"));
    expect(replies).toMatch(/I'm really sorry/);
    expect(replies).not.toMatch(/OK, let's carry on|didn't (?:quite )?get that/);
    expect(replies).not.toMatch(CRISIS);
    expect((await c.draft())?.flags).toHaveLength(1);
  });

  it('leave alone: "take it off, nobody is being abused except by his uncle" is no objection and marks nothing', async () => {
    const c = await atReview();
    await c.say('take it off, nobody is being abused except by his uncle');
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});
