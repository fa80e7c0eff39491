import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Jo, 16, tells the bot when it got something wrong, in the middle of the questions: "no not gym.
 * the job one", "sam is not hard. take it off", "Stop. You've made it worse. It's junk.". The bot
 * acts on what names the right thing, says sorry for the rest, and asks again; none of it is kept.
 * Real answers with the same words ("not being able to stop", "take off my coat on my own") are kept.
 */

const TODAY = '2026-12-03';
const GYM: SeedHope = { text: 'go to the gym', theme: 'health_and_wellbeing', needs: [] };
const JOB: SeedHope = { text: 'get a job in a shop', theme: 'learning_and_work', needs: [] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: ['sam', 'loud places'] };
const jo = { name: 'Jo', age: 16, schoolYear: 11 };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)?.step).map((a) => a.text ?? '').join('\n');
const JUNK = "Stop. You've made it worse. It's junk.";
const SKIPPED = "Hang on, you've skipped ahead";

async function everything(chat: Transcript): Promise<string> {
  const draft = await chat.draft();
  return JSON.stringify([draft?.aspirations, draft?.needs, draft?.outcomes, draft?.aboutMe]);
}

async function atNeeds(step: StepId = Step.needsBarrier): Promise<Transcript> {
  const { chat } = await startWith({ today: TODAY, ...jo, hopes: [FRIENDS], at: (d) => ({ stage: 'needs', step, topic: d.aspirations[0]!.id }) });
  return chat;
}

/** At the step question for the gym hope, or typed on to a later question of its outcome. */
async function atOutcome(step: StepId = Step.outcomeStep, first = 'go to the gym twice a week for 20 to 30 minutes'): Promise<Transcript> {
  const { chat } = await startWith({ today: TODAY, ...jo, hopes: [GYM, JOB] });
  if (step === Step.outcomeStep) return chat;
  await chat.say(first);
  await typeUntil(chat, step, {
    [Step.outcomeWhen]: 'by the summer',
    [Step.outcomeMeasure]: 'my coach writes it down',
    [Step.outcomeDoesForMe]: 'I would feel fitter',
    [Step.outcomeMakesPossible]: 'I could play football with my mates',
    [Step.outcomeProvides]: 'a gym pass',
  });
  return chat;
}

describe('corrections and complaints are acted on, never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"sam is not hard. take it off" at what makes it hard offers to take that need out, and a yes does', async () => {
    chat = await atNeeds();
    const offer = await chat.say('sam is not hard. take it off');
    expect(texts(offer) + (chat.lastQuestion?.activity.text ?? '')).toMatch(/take out "sam"/);
    await chat.say('yes');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['loud places']);
  });

  it('"sam is not hard. take it off" at what helps with sam takes sam out and asks again what makes it hard', async () => {
    ({ chat } = await startWith({ today: TODAY, ...jo, hopes: [FRIENDS], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }) }));
    await chat.say('sam is not hard. take it off');
    await chat.say('yes');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['loud places']);
  });

  it('"no not gym. the job one" at the step asks for a step towards the job hope, keeping nothing', async () => {
    chat = await atOutcome();
    await chat.say('no not gym. the job one');
    const draft = (await chat.draft())!;
    expect(chat.step).toBe(Step.outcomeStep);
    expect(outcomesOf(chat.lastQuestion!.activity)?.topic).toBe(draft.aspirations[1]!.id);
    expect(await everything(chat)).not.toMatch(/not gym|job one/);
  });

  it('"I want to make sure the \'daily\' and \'20 to 30 minutes\' are kept" at the read-back keeps the outcome as it was', async () => {
    chat = await atOutcome(Step.outcomeConfirm, 'walk daily for 20 to 30 minutes');
    const before = (await chat.draft())!.outcomes[0]!.statement;
    const replies = await chat.say("I want to make sure the 'daily' and '20 to 30 minutes' are kept");
    expect(texts(replies)).toMatch(/"daily" and "20 to 30 minutes" stay in it/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.statement).toBe(before);
  });

  it('"keep the daily part" when the read-back lost it says so, and changes nothing', async () => {
    chat = await atOutcome(Step.outcomeConfirm, 'go to the gym twice a week');
    const replies = await chat.say('keep the daily part');
    expect(texts(replies)).toMatch(/can't see "daily"/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(await everything(chat)).not.toMatch(/daily/);
  });

  it.each([
    [Step.needsBarrier, JUNK],
    [Step.needsHelps, SKIPPED],
    [Step.outcomeStep, JUNK],
    [Step.outcomeMeasure, "that's wrong"],
    [Step.outcomeDoesForMe, JUNK],
    [Step.outcomeMakesPossible, SKIPPED],
    [Step.outcomeProvides, "it's junk"],
  ])('at %s "%s" gets a sorry and the same question, keeping nothing', async (step, typed) => {
    chat = step.startsWith('needs') ? await atNeeds(step) : await atOutcome(step);
    const replies = await chat.say(typed);
    expect(texts(replies)).toMatch(/Sorry/);
    expect(chat.step).toBe(step);
    expect(await everything(chat)).not.toMatch(/junk|skipped|worse|wrong/i);
  });

  it('a complaint at the hopes and "about me" questions is never kept', async () => {
    chat = await throughWelcome({ name: 'Jo', age: '16' });
    await chat.say(SKIPPED);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    await throughAboutMe(chat);
    await chat.say(JUNK);
    expect(chat.step).toBe(Step.hopesDream);
    expect(await everything(chat)).not.toMatch(/junk|skipped|worse/i);
  });
});

describe('real answers that look like corrections are kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['not being able to stop', "stopping when i'm angry", 'no one plays with me'])('"%s" at what makes it hard is a need', async (typed) => {
    chat = await atNeeds();
    await chat.say(typed);
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain(typed);
  });

  it.each(['take off my coat on my own', 'the job one day i want is vet'])('"%s" at the step is not a correction', async (typed) => {
    chat = await atOutcome();
    await chat.say(typed);
    expect(await everything(chat)).toMatch(typed.split(' ').slice(0, 3).join(' '));
  });

  it('"keep calm" at what it would do for me is the answer', async () => {
    chat = await atOutcome(Step.outcomeDoesForMe);
    await chat.say('keep calm');
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toMatch(/keep calm/i);
  });
});
