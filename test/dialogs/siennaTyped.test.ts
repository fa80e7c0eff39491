import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo } from '../support/typedWay';
import { startWith } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

const DANCE = { text: 'be a dancer', theme: 'learning_and_work' as const, needs: ['i get shy on stage'] };
const CAFE = { text: 'work in a cafe', theme: 'learning_and_work' as const, needs: ['money is hard'] };
const FRANCE = { text: 'go to france', theme: 'independent_living' as const, needs: ['i get lost'] };

/** Sienna's hopes seeded in easy read, at `at`. */
async function siennaAt(at: Parameters<typeof startWith>[0]['at']): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02', name: 'Sienna', age: 13, schoolYear: 8, hopes: [DANCE, CAFE, FRANCE],
    change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
    journey: { mode: 'easy_read' },
    at,
  });
  return chat;
}

/*
 * What Sienna (13, Year 8, easy read) typed: short messages, spelt as they sound.
 */

const SIENNA = { mode: 'Easy read', name: 'Sienna', age: 'Year 8' } as const;

/** Sienna skips the dream and says no to each part of life but the last, where "i just like her" is kept as a hope and asked about. */
async function atWrongHopeAskedAbout(): Promise<Transcript> {
  const chat = await typedTo(Step.needsBarrier, SIENNA, {
    [Step.hopesDream]: 'skip',
    [Step.hopesTheme]: ['no', 'no', 'no', 'i just like her'],
  });
  expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['i just like her']);
  return chat;
}

describe('Sienna, typing', { timeout: 60_000 }, () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it('"thats wrong", then "take it away pls": the hope goes, and no question reads back an empty hope', async () => {
    chat = await atWrongHopeAskedAbout();
    await chat.say('thats wrong');
    const said = saidIn(await chat.say('take it away pls'));
    expect(said).toContain('I took out "i just like her"');
    expect(said).not.toMatch(/Your hope is: \./);
    expect((await chat.draft())!.aspirations).toEqual([]);
    // None is left: a hope is asked for.
    expect(chat.step).toBe(Step.hopesDream);
  });

  it.each(['no!! take that away to', 'take it away pls'])('"%s" right after a wrong hope was kept takes it out, never "I did not keep that"', async (typed) => {
    chat = await atWrongHopeAskedAbout();
    let said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/did not keep that/);
    // A plain "take it away" at the question about that hope is checked first, like every take-out at the needs.
    if (said.includes('Shall I take out "i just like her"?')) said = saidIn(await chat.say('yes'));
    expect(said).toContain('I took out "i just like her"');
    expect((await chat.draft())!.aspirations).toEqual([]);
    expect(said).not.toMatch(/Your hope is: \./);
  });

  it.each(['no!! he hits me to', 'take me away. my uncle touches me', 'they make me sell stuff to', 'i want to die'])('at the same question, "%s" is still heard', async (typed) => {
    chat = await atWrongHopeAskedAbout();
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });

  it.each([
    ['yes. corridors are to bussy tho', 'corridors are too busy'],
    ['yeah the canteen is too loud', 'the canteen is too loud'],
  ])('at "do you feel safe?", "%s" is a yes, and the busy place is kept as a hard thing and said back', async (typed, kept) => {
    chat = await typedTo(Step.aboutMeSafe, SIENNA);
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(`I have kept "${kept}"`);
    expect(said).not.toMatch(CRISIS);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual([kept]);
    expect(draft.flags).toEqual([]);
    expect(chat.step).not.toBe(Step.aboutMeSafe);
  });

  it.each(['yes. corridors are to bussy and they push me', 'yes. corridors are to bussy. my uncle touches me', 'yes but he hits me when its loud'])(
    'at "do you feel safe?", "%s" is still heard',
    async (typed) => {
      chat = await typedTo(Step.aboutMeSafe, SIENNA);
      await chat.say(typed);
      const draft = (await chat.draft())!;
      expect(draft.flags.length + (chat.step === Step.safeguardingCheck ? 1 : 0)).toBeGreaterThan(0);
    },
  );

  it('at "one more goal?", "the corridors. they are to loud" is kept as a hard thing, and a goal about it is asked', async () => {
    chat = await siennaAt(atOutcome(Step.outcomeAnother));
    const said = saidIn(await chat.say('the corridors. they are to loud'));
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toContain('the corridors. they are to loud');
    expect(said).toMatch(/\bhard\b/i);
    expect(said).toMatch(/corridors/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(draft.outcomes).toHaveLength(0);
  });

  it.each(['the corridors. they hit me', 'the corridors. i want to die'])('at "one more goal?", "%s" is still heard', async (typed) => {
    chat = await siennaAt(atOutcome(Step.outcomeAnother));
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
  });

  it.each([
    ['after "yes" and "which hope?"', ['yes']],
    ['at "one more goal?"', []],
  ])('%s, "yes the cafe one. help in the canteen?" takes the cafe hope and "help in the canteen" as its step', async (_where, before) => {
    chat = await siennaAt(atOutcome(Step.outcomeAnother));
    for (const typed of before) await chat.say(typed);
    const said = saidIn(await chat.say('yes the cafe one. help in the canteen?'));
    expect(said).not.toMatch(/What is one step/);
    const draft = (await chat.draft())!;
    const cafe = draft.aspirations.find((a) => a.text === CAFE.text)!;
    expect(draft.outcomes.map((o) => [o.aspirationId, o.statement])).toEqual([[cafe.id, 'help in the canteen']]);
    expect(chat.step).not.toBe(Step.outcomeStep);
  });

  /** The cafe goal typed up to "What could you do next because of it?". */
  async function atMakesPossible(): Promise<Transcript> {
    const chat = await siennaAt(atOutcome(Step.outcomeStep, { hope: 1 }));
    await chat.say('give the right change in the cafe by summer');
    await chat.say('the till says i got it right');
    await chat.say('happy');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    return chat;
  }

  it('at "What could you do next because of it?", "my nan helps me" is kept as help from nan, and the question asked again', async () => {
    chat = await atMakesPossible();
    const said = saidIn(await chat.say('my nan helps me'));
    expect(said).toContain('"my nan helps me"');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible ?? null).toBeNull();
    expect(outcome.provision.map((p) => [p.text, p.who])).toEqual([['my nan helps me', 'nan']]);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
  });

  it.each(['see my nan more', 'it helps me get a job'])('at the same question, "%s" is what it makes possible', async (typed) => {
    chat = await atMakesPossible();
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible).toBe(typed);
    expect(outcome.provision).toEqual([]);
  });

  it.each(['my uncle touches me', 'my uncle takes me to his room and hurts me', 'they make me sell stuff', 'he hits me'])('at the same question, "%s" is still heard', async (typed) => {
    chat = await atMakesPossible();
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
  });

  it('"idk" at what the dance goal makes possible gives an idea that fits any hope, never one about seeing friends', async () => {
    chat = await siennaAt(atOutcome(Step.outcomeStep));
    await chat.say('go to a dance class every week by summer');
    await chat.say('miss says i did it');
    await chat.say('happy');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const said = saidIn(await chat.say('idk'));
    expect(said).toContain('For example: I could do more things on my own.');
    expect(said).not.toMatch(/see my friends more/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
  });

  it.each([
    ['miss jo', 'education'],
    ['miss jo helps me in lessons', 'education'],
    ['my nan', 'social_care'],
  ])('for a goal about money, the help "%s" goes under %s', async (typed, by) => {
    chat = await atMakesPossible();
    await chat.say('get a job');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.by)).toEqual([by]);
  });

  it.each([
    ['i do a show 💃 nan comes', 'I do a show nan comes.', 'i do a show nan comes'],
    ['i give the right change', 'I give the right change.', 'i give the right change'],
  ])('the measure "%s" is read back tidied like any other, with no emoji, and kept in her words', async (typed, readBack, kept) => {
    chat = await siennaAt(atOutcome(Step.outcomeStep));
    await chat.say('go to a dance class every week by summer');
    await chat.say(typed);
    await chat.say('happy');
    await chat.say('get a job');
    const said = saidIn(await chat.say('a lift'));
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(said).toContain(`We will know by: "${readBack}"`);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe(kept);
  });
});
