import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeed, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/* Rhi, Lewis and Oskar at the review ask to add to a part of the plan: what helps, the hard things, a goal's help. */

const withSleep = (draft: Draft): Draft => addNeed(draft, 'i cant get to sleep at night', [draft.aspirations[0]!.id]).draft;
const DAN = danAtReview([], withSleep);

describe('adding to a part at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"can u add maybe music to what helps with sleep" asks a yes, then keeps music as help with sleep', async () => {
    ({ chat } = await startWith(DAN));
    const said = saidIn(await chat.say('can u add maybe music to what helps with sleep'));
    expect(said).toMatch(/Add "music" to what helps with "i cant get to sleep at night"/);
    expect(said).not.toMatch(/didn.t catch|Add this hope/i);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.needs.find((n) => /sleep/.test(n.text))?.helps).toEqual(['music']);
    expect(draft.aspirations).toHaveLength(2);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"add to what helps: the bike workshop on saturdays" asks which hard thing, with them as buttons', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('add to what helps: the bike workshop on saturdays');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toMatch(/Which hard thing/);
    expect(chat.lastQuestion!.choices.join(' | ')).toMatch(/i cant cook yet/);
    await chat.say('i cant cook yet');
    expect(chat.lastQuestion!.activity.text).toMatch(/Add "the bike workshop on saturdays" to what helps with "i cant cook yet"/);
    await chat.say('yes');
    expect((await chat.draft())!.needs.find((n) => n.text === 'i cant cook yet')?.helps).toEqual(['the bike workshop on saturdays']);
  });

  it('"no" to the yes check adds nothing', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('add music to what helps with sleep');
    await chat.say('no');
    expect((await chat.draft())!.needs.flatMap((n) => n.helps ?? [])).toEqual([]);
  });

  it('"add to hard stuff: teachers shoutin" adds "teachers shoutin" as a hard thing, without the asking', async () => {
    ({ chat } = await startWith(DAN));
    const said = saidIn(await chat.say('add to hard stuff: teachers shoutin'));
    expect(said).not.toMatch(/Add this hope/i);
    await chat.say('yes');
    await chat.say('the job one');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toContain('teachers shoutin');
    expect(draft.aspirations).toHaveLength(2);
  });

  it('"you forget \'more time for writing\'. i say this. please add for paid job goal" adds it as help for that goal', async () => {
    ({ chat } = await startWith(DAN));
    const said = saidIn(await chat.say("you forget 'more time for writing'. i say this. please add for paid job goal"));
    expect(said).not.toMatch(/Add this hope/i);
    expect(said).toMatch(/more time for writing/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    const job = draft.outcomes.find((o) => /paid job/.test(o.statement))!;
    expect(JSON.stringify(job.provision)).toMatch(/more time for writing/);
    expect(draft.aspirations).toHaveLength(2);
  });
});
