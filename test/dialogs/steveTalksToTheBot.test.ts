import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { buildExportModel } from '../../src/export/exportModel';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Steve, dad of Maisie (9, Year 4), is blunt: he tells the bot what to take out and when he was
 * only talking to it. What he says to the bot is done, and never kept as a hope, a need or help.
 */

const maisie = { name: 'Maisie', age: 9, schoolYear: 4 };
const hopes = (d: { aspirations: { text: string }[] }) => d.aspirations.map((a) => a.text);

async function atHopes(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed(maisie, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
  return chat;
}

describe('Steve talks to the bot', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"delete that. i was talking to YOU not writing it down" at "another hope?": the hope just kept goes, and no new hope', async () => {
    chat = await atHopes();
    await chat.say('she wants to be a vet');
    await chat.say('yes she wants to go swimming');
    expect(chat.step).toBe(Step.hopesMore);
    const said = saidIn(await chat.say('delete that. i was talking to YOU not writing it down'));
    expect(said).toMatch(/taken out "she wants to go swimming"/);
    expect(hopes((await chat.draft())!)).toEqual(['she wants to be a vet']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"delete that. she wants to be a nurse" still puts the new words in its place', async () => {
    chat = await atHopes();
    await chat.say('she wants to be a vet');
    await chat.say('delete that. she wants to be a nurse');
    expect(hopes((await chat.draft())!)).toEqual(['she wants to be a nurse']);
  });

  it('"remove both of those" after two hopes were kept: both go after one yes, and no new hope', async () => {
    chat = await atHopes();
    await chat.say('she wants to be a vet');
    await chat.say('yes she wants to go swimming');
    const asked = saidIn(await chat.say('remove both of those'));
    expect(asked).toMatch(/she wants to be a vet/);
    expect(asked).toMatch(/she wants to go swimming/);
    expect(hopes((await chat.draft())!)).toHaveLength(2);
    await chat.say('yes');
    expect(hopes((await chat.draft())!)).toEqual([]);
  });

  it('"take off the last bit about trouble" just after a need of two sentences: that sentence goes, the rest stays', async () => {
    const { chat: c } = await startWith(parentSeed(maisie, [{ text: 'she wants to make friends', theme: 'friends_and_community', needs: [] }], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    chat = c;
    await chat.say('she finds it hard to share. she gets into trouble at playtime');
    expect(chat.step).toBe(Step.needsHelps);
    const said = saidIn(await chat.say('take off the last bit about trouble'));
    expect(said).toMatch(/now says "she finds it hard to share"/);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['she finds it hard to share']);
    expect(draft.needs[0]!.helps ?? []).toEqual([]);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('"take off the bit about trouble" when nothing just kept is about trouble: nothing changes, and it is not kept', async () => {
    const { chat: c } = await startWith(parentSeed(maisie, [{ text: 'she wants to make friends', theme: 'friends_and_community', needs: [] }], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    chat = c;
    await chat.say('she finds it hard to share. she gets upset at playtime');
    const before = (await chat.draft())!.needs;
    expect(before.length).toBeGreaterThan(0);
    expect(saidIn(await chat.say('take off the bit about trouble'))).toMatch(/couldn't tell which part/);
    expect((await chat.draft())!.needs).toEqual(before);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('"speech therapy once a year" at what help: once a year is kept as how often', async () => {
    const { chat: c } = await startWith(parentSeed(maisie, [{ text: 'she wants to talk to her friends', theme: 'friends_and_community', needs: ['she struggles to say words clearly'] }]));
    chat = c;
    await chat.say('she will talk to two friends at playtime');
    const typed: Record<string, string> = {
      [Step.outcomeWhen]: 'by the end of year 4',
      [Step.outcomeMeasure]: 'her teacher sees her chatting',
      [Step.outcomeDoesForMe]: 'she would be happier',
      [Step.outcomeMakesPossible]: 'she could join clubs',
    };
    for (let turn = 0; turn < 6 && chat.step !== Step.outcomeProvides; turn++) await chat.say(typed[chat.step ?? ''] ?? 'yes');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('speech therapy once a year');
    const provision = (await chat.draft())!.outcomes[0]!.provision;
    expect(provision.map((p) => [p.text, p.howOften, p.by])).toEqual([['speech therapy once a year', 'once a year', 'health']]);
  });

  it('what Steve typed as a sentence in lower case starts with a capital where the plan writes it as a line of its own', async () => {
    const { chat: c } = await startWith(parentSeed(maisie, [{ text: 'she wants to make friends', theme: 'friends_and_community', needs: [] }], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    chat = c;
    await chat.say('she finds it hard to share');
    await chat.say('her iPad timer');
    const draft = (await chat.draft())!;
    // The draft keeps his words as typed.
    expect(draft.needs.map((n) => [n.text, n.helps])).toEqual([['she finds it hard to share', ['her iPad timer']]]);
    const model = buildExportModel(draft, { mode: 'standard', words: createWords(), now: new Date('2026-12-02T10:00:00Z') });
    const lines = JSON.stringify(model.sections);
    expect(lines).toContain('"She wants to make friends"');
    expect(lines).toMatch(/"She finds it hard to share[" ]/);
    expect(lines).not.toMatch(/"she /);
    // A phrase is no sentence: it stays as typed.
    expect(lines).toContain('"her iPad timer"');
  });
});
