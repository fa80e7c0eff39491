import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* A step that seems to fit another hope stays with the hope it was asked for until the person says yes. */
const JOB: SeedHope = { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['i get nervous talking to people'] };
const PE: SeedHope = { text: 'be a PE teacher', theme: 'health_and_wellbeing', needs: ['i get out of breath running'] };
const SEED = { today: '2026-12-03', name: 'Kai', age: 15, schoolYear: 10, hopes: [JOB, PE] };

describe('an outcome is never moved to another hope without a yes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"go to bed by 10 so i sleep better" at the job hope is kept there, and the bot asks before moving it', async () => {
    const started = await startWith(SEED);
    chat = started.chat;
    const [job, pe] = started.seeded.aspirations;
    const replies = await chat.say('go to bed by 10 so i sleep better');
    expect(replies.map((r) => r.text ?? '').join(' ')).not.toMatch(/so I've put it there/i);
    expect((await chat.draft())!.outcomes[0]!.aspirationId).toBe(job!.id);
    expect(chat.lastQuestion?.topic).toBe(job!.id);
    expect(chat.lastQuestion?.activity.text).toContain(pe!.text);
    await chat.say('no its for the job');
    expect((await chat.draft())!.outcomes[0]!.aspirationId).toBe(job!.id);
    expect(chat.lastQuestion?.topic).toBe(job!.id);
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it('"yeah go on" to the offer moves it, and the next question is about that hope', async () => {
    const started = await startWith(SEED);
    chat = started.chat;
    const pe = started.seeded.aspirations[1]!;
    await chat.say('go to bed by 10 so i sleep better');
    await chat.say('yeah go on');
    expect((await chat.draft())!.outcomes[0]!.aspirationId).toBe(pe.id);
    expect(chat.lastQuestion?.topic).toBe(pe.id);
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it('help typed at the job hope\'s question stays with the job hope when the step is not moved', async () => {
    const started = await startWith(SEED);
    chat = started.chat;
    const job = started.seeded.aspirations[0]!;
    await chat.say('a job coach');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('go to bed by 10 so i sleep better');
    await chat.say('nope');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.aspirationId).toBe(job.id);
    expect(outcome.provision.map((p) => p.text)).toEqual(['a job coach']);
  });

  it.each(['no', 'yes'])('after "%s" to the offer, "gud" at "what help would you need?" is asked about, never kept as help', async (offer) => {
    const started = await startWith(SEED);
    chat = started.chat;
    await chat.say('go to bed by 10 so i sleep better');
    await chat.say(offer);
    if (chat.step === Step.outcomeWhen) await chat.say('by summer');
    if (chat.step === Step.outcomeMeasure) await chat.say('i go to bed by 10 every night for a month');
    if (chat.step === Step.outcomeDoesForMe) await chat.say('i would feel less tired');
    if (chat.step === Step.outcomeMakesPossible) await chat.say('i would have more energy for PE');
    expect(chat.step).toBe(Step.outcomeProvides);
    const replies = (await chat.say('gud')).map((r) => r.text ?? '').join(' ');
    expect(chat.step).toBe(Step.outcomeProvides);
    expect(replies).toMatch(/say a bit more/i);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
    await chat.say('a reminder on my phone at 9');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['a reminder on my phone at 9']);
  });

  it('leave alone: a step that fits the hope asked is not offered elsewhere', async () => {
    const started = await startWith(SEED);
    chat = started.chat;
    const job = started.seeded.aspirations[0]!;
    await chat.say('do a week of work experience in a shop');
    expect((await chat.draft())!.outcomes[0]!.aspirationId).toBe(job.id);
    expect(chat.lastQuestion?.activity.text).not.toContain('Shall I put it there');
  });
});
