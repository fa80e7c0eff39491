import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Help typed in the needs stage stays help: a list of help at "anything else hard?" is kept with
 * the hope's need (and what is hard is asked for), and "yes the reading like i said" at "what
 * helps?" is the help said before, never stored with "yes ... like i said".
 */

const ANIMALS: SeedHope = { text: 'I want to work with animals', theme: 'learning_and_work', needs: [] };
const OWN: SeedHope = { text: 'live on my own', theme: 'independent_living', needs: [] };
const atNeeds = { today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [ANIMALS, OWN], at: (d: { aspirations: { id: string }[] }) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('help typed at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"a TA, extra time and a laptop" at "anything else hard?" is kept as help, and what is hard is asked', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i find reading hard');
    await chat.say('someone reads to me');
    expect(chat.step).toBe(Step.needsMore);
    const said = saidIn(await chat.say('a TA, extra time and a laptop'));
    expect(said).toMatch(/as help/);
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['i find reading hard']);
    expect(draft.needs[0]!.helps).toEqual(['someone reads to me', 'a TA', 'extra time', 'a laptop']);
    await chat.say('no');
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[1]!.id);
  });

  it('help said first at "what makes it hard?" is kept with the need said next', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('a TA and extra time');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
    await chat.say('reading long words');
    expect(chat.step).toBe(Step.needsMore);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['reading long words']);
    expect(needs[0]!.helps).toEqual(['a TA', 'extra time']);
  });

  it('help said first, then "nothing makes it hard", is kept with how to help them', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('a TA and extra time');
    await chat.say('nothing really');
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.aboutMe.support).toEqual(['a TA', 'extra time']);
  });

  it('"my TA leaves me on my own" at "anything else hard?" is something hard', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i find reading hard');
    await chat.say('someone reads to me');
    await chat.say('my TA leaves me on my own');
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i find reading hard', 'my TA leaves me on my own']);
  });

  it('"yes the reading like i said" at "what helps?" keeps the reading help said before', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i find reading hard');
    await chat.say('someone reads to me');
    await chat.say('yes');
    await chat.say('writing things down');
    expect(chat.step).toBe(Step.needsHelps);
    const said = saidIn(await chat.say('yes the reading like i said'));
    expect(said).toContain('someone reads to me');
    const needs = (await chat.draft())!.needs;
    expect(needs[1]!.text).toBe('writing things down');
    expect(needs[1]!.helps).toEqual(['someone reads to me']);
    expect(JSON.stringify(needs)).not.toMatch(/like i said|yes the/);
  });
});
