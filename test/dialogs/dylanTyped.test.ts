import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import type { Draft } from '../../src/domain/draft';
import { saidIn, startWith } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * What Dylan (23, a brain injury, in supported living) typed, in short lowercase messages, each in a
 * real turn of the chat.
 */

const CRISIS = /Childline|0800 1111|Shout|85258|Samaritans|999/;
const GENTLE = /Are you OK\?/;

async function atCookingMeasure(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02', name: 'Dylan', age: 23,
    hopes: [{ text: 'cook my own tea', theme: 'independent_living', needs: ['i forget things on the hob'] }],
  });
  expect(chat.step).toBe(Step.outcomeStep);
  await chat.say('cook a meal on my own');
  if (chat.step === Step.outcomeWhen) await chat.say('by summer');
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('Dylan, typing', { timeout: 60_000 }, () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['staff dont have to stand over me. and nothing gets burnt', 'staff not having to watch me the whole time and no burnt pans'])(
    'burnt food in a cooking measure, "%s", is the measure, with no check on how he is',
    async (typed) => {
      chat = await atCookingMeasure();
      const said = saidIn(await chat.say(typed));
      expect(said).not.toMatch(GENTLE);
      expect(said).not.toMatch(CRISIS);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
      const draft = (await chat.draft())!;
      expect(draft.flags).toEqual([]);
      expect(draft.outcomes[0]!.measure).toBe(typed);
    },
  );

  it.each(['i got burnt by my carer on purpose', 'he burns me with a lighter', 'my dad hits me', 'i want to die'])('at the same question, "%s" is still heard', async (typed) => {
    chat = await atCookingMeasure();
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(CRISIS);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });

  it('the button\'s words said back before the bigger goal are the choice, not the goal; the date question names the first step\'s time; "easter. i said that already" takes Easter', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Dylan', age: 23, hopes: [{ text: 'get a job', theme: 'learning_and_work', needs: ['i get tired and forget things'] }] }));
    await chat.say('do a work placement at the cafe by easter');
    expect(chat.step).toBe(Step.outcomeStep);
    const choice = saidIn(await chat.say('Step to something bigger yeah. proper job'));
    expect(choice).not.toMatch(/something bigger yeah/i);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/something bigger/i);
    const asked = chat.step === Step.outcomeWhen ? choice : saidIn(await chat.say('get a proper job in a kitchen'));
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/proper job/);
    expect(outcome.steps?.[0]?.text).toMatch(/work placement at the cafe/);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(asked).toContain('Your first step is "by easter". By when would you like to reach the bigger goal?');
    await chat.say('easter. i said that already');
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-03-25');
  });

  const busOutcome = async (): Promise<Transcript> => {
    const { chat } = await startWith({
      today: '2026-12-02', name: 'Dylan', age: 23,
      hopes: [{ text: 'get the bus to the day centre on my own', theme: 'independent_living', needs: ['i forget which stop'] }],
    });
    await chat.say('get the bus to the day centre on my own by summer');
    await chat.say('staff say i did it on my own');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    return chat;
  };

  it.each([
    ['feel normal again. like me.', 'feel normal again. like me.'],
    ['proud. like im getting somewhere', 'proud. like im getting somewhere'],
  ])('"like" that compares, in "%s", is kept', async (typed, kept) => {
    chat = await busOutcome();
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toBe(kept);
  });

  it('"what do you mean provide? help wise someone to help me learn the bus route": the word explained, and only the help kept', async () => {
    chat = await busOutcome();
    await chat.say('proud');
    await chat.say('go to the shops on my own');
    expect(chat.step).toBe(Step.outcomeProvides);
    const said = saidIn(await chat.say('what do you mean provide? help wise someone to help me learn the bus route'));
    expect(said).toMatch(/What help would you need for/);
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['someone to help me learn the bus route']);
  });

  it('asked whether the OT and the timer were kept, says yes for each one the help holds', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Dylan', age: 23, hopes: [{ text: 'cook my own tea', theme: 'independent_living', needs: ['i forget things on the hob'] }] }));
    await chat.say('cook a meal on my own by summer');
    await chat.say('staff dont have to stand over me');
    await chat.say('proud');
    await chat.say('have friends round for tea');
    await chat.say('staff letting me try on my own, the OT showing me, and a timer on my phone');
    expect(chat.step).toBe(Step.outcomeConfirm);
    for (const asked of ['did you keep the help bit, the OT and timer?', 'what about the OT and the timer tho']) {
      const said = saidIn(await chat.say(asked));
      expect(said).toContain('Yes. I\'ve kept "OT" and "timer".');
      expect(said).not.toMatch(/haven't kept/);
      expect(chat.step).toBe(Step.outcomeConfirm);
    }
    const partly = saidIn(await chat.say('what about the OT and a cooking course'));
    expect(partly).toContain('Yes. I\'ve kept "OT".');
    expect(partly).toContain('I haven\'t kept "cooking course" yet.');
    expect((await chat.draft())!.outcomes[0]!.provision).toHaveLength(3);
  });

  const BUS_STEP = 'By summer, I will get the bus to the day centre on my own without staff coming with me or texting me';
  const atReview = async (): Promise<Transcript> =>
    (
      await startWith({
        today: '2026-12-02', name: 'Dylan', age: 23,
        hopes: [{ text: 'get the bus to the day centre on my own', theme: 'independent_living', needs: ['busy roads'] }],
        change: (d: Draft) => withConfirmedOutcomes(d, () => ({ statement: BUS_STEP, timeframe: { phrase: 'by summer', date: '2027-07-22' }, measure: 'staff say i did it on my own', provision: 'someone to help me learn the bus route' })),
        at: atReviewSummary,
      })
    ).chat;
  const cards = (replies: { attachments?: unknown[] }[]) => replies.flatMap((r) => r.attachments ?? []);

  it('"why has the bus bit got dots at the end tho, is the rest still there?" is told what the dots mean, with the bus part in full, and no whole plan again', async () => {
    chat = await atReview();
    const replies = await chat.say('why has the bus bit got dots at the end tho, is the rest still there?');
    const said = saidIn(replies);
    expect(said).toContain('The dots only mean I made it shorter on the screen. Nothing is lost.');
    expect(said).toContain(`"${BUS_STEP}"`);
    expect(said).not.toMatch(/didn't catch/);
    expect(cards(replies)).toEqual([]);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"did i tell you i cant drive anymore?" is answered from the draft, and adding it as a hard thing is offered; a thing told is said to be kept', async () => {
    chat = await atReview();
    const no = saidIn(await chat.say('did i tell you i cant drive anymore?'));
    expect(no).toContain("No, you haven't told me that yet.");
    expect(no).not.toMatch(/didn't catch/);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('i cant drive anymore');
    const yes = await chat.say('did i tell you about the busy roads?');
    expect(saidIn(yes)).toContain('Yes, you told me. I\'ve kept: "busy roads"');
    expect(cards(yes)).toEqual([]);
  });

  it('a message not understood at the read-back asks which part, briefly, never the whole plan again', async () => {
    chat = await atReview();
    for (const typed of ['take that bit out its weird', 'is it raining?']) {
      const replies = await chat.say(typed);
      expect(saidIn(replies)).toContain('Which part do you mean?');
      expect(cards(replies)).toEqual([]);
      expect(chat.step).toBe(Step.reviewSummary);
    }
    expect((await chat.draft())!.outcomes[0]!.provision).toHaveLength(1);
  });

  it('"how does sarah see it? shes my key worker" at the read-back is told how the key worker gets the plan (a code, then yes to sharing)', async () => {
    chat = await atReview();
    const said = saidIn(await chat.say('how does sarah see it? shes my key worker'));
    expect(said).not.toMatch(/didn't catch/);
    expect(said).toMatch(/code/);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"maybe sarah has one. i dont have it" at the code question is heard: no code is fine, it can be added later', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Dylan', age: 23, hopes: [], at: () => ({ stage: 'welcome', step: Step.welcomeInvite }) }));
    const said = saidIn(await chat.say('maybe sarah has one. i dont have it'));
    expect(said).toContain('No problem. If your key worker gives you a code later, just type it here.');
    expect(chat.step).not.toBe(Step.welcomeInvite);
  });

  const atBusNeeds = async (): Promise<Transcript> =>
    (
      await startWith({
        today: '2026-12-02', name: 'Dylan', age: 23,
        hopes: [{ text: 'get the bus to the day centre on my own', theme: 'independent_living', needs: [] }],
        at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
      })
    ).chat;

  it('"busy roads sometimes i get a bit muddled" at "what already helps?" is kept as a hard thing, never as help', async () => {
    chat = await atBusNeeds();
    await chat.say('i forget which stop');
    expect(chat.step).toBe(Step.needsHelps);
    const said = saidIn(await chat.say('busy roads sometimes i get a bit muddled'));
    expect(said).not.toMatch(/good to know what works/);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['i forget which stop', 'busy roads sometimes i get a bit muddled']);
    expect(needs[0]!.helps ?? []).toEqual([]);
  });

  it.each(['my dad hits me', 'he touches me', 'i dont get fed'])('at "what already helps?", "%s" is still heard', async (typed) => {
    chat = await atBusNeeds();
    await chat.say('i forget which stop');
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
  });
});
