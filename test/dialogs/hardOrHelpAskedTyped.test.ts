import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * A parent at the needs questions asks which of the two a question is about, or asks for help
 * kept to be taken out. Neither is ever kept as a hard thing or as help.
 */

const JAY = parentSeed({ name: 'Jay', age: 12, schoolYear: 7 }, [{ text: 'to go to school on his own', theme: 'independent_living', needs: ['he gets lost on the bus', 'he gets angry when he loses'] }]);
/** One hard thing kept, so a second can be added before the list is full. */
const ONE_NEED = parentSeed({ name: 'Jay', age: 12, schoolYear: 7 }, [{ text: 'to go to school on his own', theme: 'independent_living', needs: ['he gets lost on the bus'] }]);
type NeedsStep = typeof Step.needsBarrier | typeof Step.needsHelps | typeof Step.needsMore;
const atNeeds =
  (step: NeedsStep): Seed['at'] =>
  (d) => ({ stage: 'needs', step, topic: d.aspirations[0]!.id, ...(step === Step.needsHelps ? { data: { need: d.needs[0]!.id } } : {}) });

describe('"is that the hard thing or the help?" and "take out the help" at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const needsNow = async () => (await chat.draft())!.needs.map((n) => ({ text: n.text, helps: n.helps ?? [] }));
  /** Help kept for the hard thing seeded, then a second hard thing and its help. */
  const twoHelpsKept = async () => {
    ({ chat } = await startWith({ ...ONE_NEED, at: atNeeds(Step.needsHelps) }));
    for (const typed of ['his sister rides with him', 'yes', 'he cant read the timetable', 'an app with the bus times']) await chat.say(typed);
  };
  const SEEDED = [
    { text: 'he gets lost on the bus', helps: [] },
    { text: 'he gets angry when he loses', helps: [] },
  ];

  it.each([
    [Step.needsBarrier, 'is that the hard thing or the help?', 'This question is about what makes it hard.'],
    [Step.needsBarrier, 'do you mean the problem or what helps', 'This question is about what makes it hard.'],
    [Step.needsMore, 'wait is that about the hard thing or the help', 'This question is about what makes it hard.'],
    [Step.needsHelps, 'is this the problem or what helps?', 'This question is about what already helps.'],
    [Step.needsHelps, 'hard thing or help??', 'This question is about what already helps.'],
  ] as const)('at %s "%s" says what the question asks and asks it again, keeping nothing', async (step, typed, said) => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(step) }));
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toContain(said);
    expect(chat.step).toBe(step);
    expect(await needsNow()).toEqual(SEEDED);
  });

  it('a hard thing that names both places is still kept as a hard thing', async () => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(Step.needsBarrier) }));
    await chat.say('the hard thing is the noise on the bus or in the yard');
    expect((await needsNow()).map((n) => n.text)).toHaveLength(3);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it.each(['take out the help', 'can you remove that help please', 'delete the help'])('"%s" just after one help was kept takes it out', async (typed) => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(Step.needsHelps) }));
    await chat.say('his sister rides with him');
    expect((await needsNow())[0]!.helps).toEqual(['his sister rides with him']);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toContain('taken out "his sister rides with him"');
    expect(await needsNow()).toEqual(SEEDED);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('with two helps kept, "take out the help" asks which, and "the sister one" takes out that one only', async () => {
    await twoHelpsKept();
    expect(chat.step).toBe(Step.needsMore);
    const replies = await chat.say('take out the help');
    expect(saidIn(replies)).toContain('• "his sister rides with him"\n• "an app with the bus times"');
    expect(saidIn(replies)).toContain('Which one shall I take out?');
    expect((await needsNow()).flatMap((n) => n.helps)).toEqual(['his sister rides with him', 'an app with the bus times']);
    const taken = await chat.say('the sister one');
    expect(saidIn(taken)).toContain('taken out "his sister rides with him"');
    expect((await needsNow()).flatMap((n) => n.helps)).toEqual(['an app with the bus times']);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('"take out the help about the bus times" takes out the help that holds those words', async () => {
    await twoHelpsKept();
    const replies = await chat.say('take out the help about the bus times');
    expect(saidIn(replies)).toContain('taken out "an app with the bus times"');
    expect((await needsNow()).flatMap((n) => n.helps)).toEqual(['his sister rides with him']);
  });

  it('with no help kept, "take out the help" says so and keeps nothing', async () => {
    ({ chat } = await startWith({ ...JAY, at: atNeeds(Step.needsHelps) }));
    const replies = await chat.say('take out the help');
    expect(saidIn(replies)).toContain("I haven't kept any help for this yet");
    expect(chat.step).toBe(Step.needsHelps);
    expect(await needsNow()).toEqual(SEEDED);
  });
});
