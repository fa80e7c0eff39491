import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * A foster carer's corrections, complaints and asides at the needs questions and an outcome's
 * questions: each is answered or acted on, and never kept as a hard thing, help or an answer.
 */

const JAY = parentSeed({ name: 'Jay', age: 12, schoolYear: 7 }, [{ text: 'to be a footballer', theme: 'learning_and_work', needs: ['he gets angry when he loses'] }]);
const atNeeds =
  (step: typeof Step.needsBarrier | typeof Step.needsHelps | typeof Step.needsMore): Seed['at'] =>
  (d) => ({ stage: 'needs', step, topic: d.aspirations[0]!.id, ...(step === Step.needsHelps ? { data: { need: d.needs[0]!.id } } : {}) });
const atOutcome =
  (step: typeof Step.outcomeDoesForMe | typeof Step.outcomeMakesPossible | typeof Step.outcomeProvides): Partial<Seed> => ({
    change: (d) => startOutcome(d, { statement: 'Jay will play in a team match', aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] }).draft,
    at: (d) => ({ stage: 'outcomes', step, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
  });

describe('remarks about the list so far at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const needsNow = async () => (await chat.draft())!.needs.map((n) => ({ text: n.text, helps: n.helps ?? [] }));

  it.each([Step.needsBarrier, Step.needsMore] as const)('"you\'ve missed the main one" at %s asks for it, keeps nothing, and the next words are the hard thing', async (step) => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(step) }));
    const replies = await chat.say("you've missed the main one");
    expect(saidIn(replies)).toContain('What is the main one? Tell me and I will add it.');
    expect(chat.step).toBe(Step.needsBarrier);
    expect(await needsNow()).toEqual([{ text: 'he gets angry when he loses', helps: [] }]);
    await chat.say('he cant read the instructions on the board');
    expect((await needsNow()).map((n) => n.text)).toEqual(['he gets angry when he loses', 'he cant read the instructions on the board']);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('"you forgot one" at "what helps?" asks what was missed and keeps the next words as help', async () => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(Step.needsHelps) }));
    const replies = await chat.say('you forgot one');
    expect(saidIn(replies)).toContain('What did I miss? Tell me and I will add it.');
    expect(chat.step).toBe(Step.needsHelps);
    expect(await needsNow()).toEqual([{ text: 'he gets angry when he loses', helps: [] }]);
    await chat.say('his coach talks him down');
    expect(await needsNow()).toEqual([{ text: 'he gets angry when he loses', helps: ['his coach talks him down'] }]);
  });

  it('"hang on what have you got down so far" reads back this hope\'s list and asks the same question', async () => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(Step.needsHelps) }));
    await chat.say('his coach talks him down');
    expect(chat.step).toBe(Step.needsMore);
    const replies = await chat.say('hang on what have you got down so far');
    const said = saidIn(replies);
    expect(said).toContain('"to be a footballer"');
    expect(said).toContain('• "he gets angry when he loses"');
    expect(said).toContain('What helps:\n• "his coach talks him down"');
    expect(chat.step).toBe(Step.needsMore);
    expect(await needsNow()).toEqual([{ text: 'he gets angry when he loses', helps: ['his coach talks him down'] }]);
  });

  it('"thats not help thats the problem??" after a problem was kept as help: sorry, kept as a hard thing, what helps asked again', async () => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(Step.needsHelps) }));
    await chat.say('loud noise in the dinner hall');
    const replies = await chat.say('thats not help thats the problem??');
    expect(saidIn(replies)).toMatch(/Sorry, I got that wrong\. I've kept "loud noise in the dinner hall" as something that makes it hard/);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await needsNow()).toEqual([
      { text: 'he gets angry when he loses', helps: [] },
      { text: 'loud noise in the dinner hall', helps: [] },
    ]);
    // What helps now is kept with the hard thing just moved.
    await chat.say('a teacher on the playground');
    expect((await needsNow())[1]).toEqual({ text: 'loud noise in the dinner hall', helps: ['a teacher on the playground'] });
  });

  it.each(['actually that aint help thats the problem', 'hold on thats not what helps thats the problem', 'wait, its not help its the problem'])('"%s" after a problem was kept as help moves it to the hard things', async (typed) => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(Step.needsHelps) }));
    await chat.say('loud noise in the dinner hall');
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/Sorry, I got that wrong\./);
    expect(await needsNow()).toEqual([
      { text: 'he gets angry when he loses', helps: [] },
      { text: 'loud noise in the dinner hall', helps: [] },
    ]);
  });

  it('"can u change that wording, it sounds like he\'s naughty" asks for new words for the last hard thing and keeps them instead', async () => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(Step.needsMore) }));
    const replies = await chat.say("can u change that wording, it sounds like he's naughty");
    expect(saidIn(replies)).toContain('What words would you like instead of "he gets angry when he loses"?');
    expect(await needsNow()).toEqual([{ text: 'he gets angry when he loses', helps: [] }]);
    const after = await chat.say('losing is really hard for him to cope with');
    expect(saidIn(after)).toContain('I\'ve changed it to "losing is really hard for him to cope with"');
    expect(await needsNow()).toEqual([{ text: 'losing is really hard for him to cope with', helps: [] }]);
    expect(chat.step).toBe(Step.needsMore);
  });
});

describe("an outcome's questions: what it would do, and an aside", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"less behind on work, less grumpy lol" at "what would it do for Jay?" is what it does for him, never help', async () => {
    ({ chat } = await startWith({ ...JAY, ...atOutcome(Step.outcomeDoesForMe) }));
    const replies = await chat.say('less behind on work, less grumpy lol');
    expect(saidIn(replies)).not.toMatch(/as help/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toMatch(/^less behind on work, less grumpy/);
    expect(outcome.provision).toEqual([]);
  });

  it('"less behind on work, less grumpy lol" at "what help would Jay need?" is what it would bring, never help', async () => {
    ({ chat } = await startWith({ ...JAY, ...atOutcome(Step.outcomeProvides) }));
    const replies = await chat.say('less behind on work, less grumpy lol');
    expect(saidIn(replies)).toMatch(/as what it would bring/);
    expect(chat.step).toBe(Step.outcomeProvides);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision).toEqual([]);
    expect(outcome.makesPossible).toMatch(/less behind on work, less grumpy/);
  });

  it('"my dog is calld biscit" at "what would it make possible?" is heard kindly, nothing kept, and asked again', async () => {
    ({ chat } = await startWith({ ...JAY, ...atOutcome(Step.outcomeMakesPossible) }));
    const replies = await chat.say('my dog is calld biscit');
    expect(saidIn(replies)).toContain("That's nice to know. I haven't kept that as an answer");
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect((await chat.draft())!.outcomes[0]!.makesPossible ?? null).toBeNull();
  });
});
