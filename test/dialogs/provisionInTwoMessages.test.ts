import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * Help said in two messages is one piece of help: "Jo helps me", then "every friday", is Jo's
 * help every Friday. A remark about a waiting list is no help given: it is never kept as help.
 */
const SAM: Seed = {
  today: '2026-12-02',
  name: 'Sam',
  age: 22,
  hopes: [{ text: 'cook my own tea', theme: 'independent_living', needs: [] }],
  change: (d: Draft) => startOutcome(d, { statement: 'I will cook pasta on my own', aspirationId: d.aspirations[0]!.id, needIds: [] }).draft,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeProvides, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
};
const help = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!.provision.map((p) => ({ text: p.text, who: p.who, howOften: p.howOften }));

describe('help said in two messages', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Jo helps me" then "every friday" is one piece of help, from Jo, every Friday', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say('Jo helps me');
    await chat.say('every friday');
    expect(await help(chat)).toEqual([{ text: 'Jo helps me', who: 'Jo', howOften: 'every friday' }]);
  });

  it('"weve been on the waiting list for a year" is not kept as help', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say("we've been on the waiting list for a year");
    expect(await help(chat)).toEqual([]);
  });

  it('leave alone: a date at "by when?" after help is the date, and the help keeps no how often', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say('Jo helps me');
    await chat.say('by next summer');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toMatch(/next summer/);
    expect(await help(chat)).toEqual([{ text: 'Jo helps me', who: 'Jo', howOften: undefined }]);
  });

  it('leave alone: help from someone waiting with them is still help', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say('staff wait with me at the bus stop');
    expect((await help(chat)).map((h) => h.text)).toEqual(['staff wait with me at the bus stop']);
  });
});
