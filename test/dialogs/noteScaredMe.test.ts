import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * Sam, 15, got the help lines and a note. "that scared me. please delete the note" is about the
 * bot's answer and its note: a kind sorry, why the note is kept (for safety) and who sees it. The
 * flag survives, never marked as taken back; no second help lines, no "Are you OK?". Harm said beside it is still heard.
 */

const standard = createWords().forMode('standard');
const TALK = { text: 'to make friends', theme: 'friends_and_community' as const, needs: ['i get shy'] };
const SAID = 'that scared me. please delete the note';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function afterTheAnswer(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, hopes: [TALK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
  expect(saidIn(await chat!.say('the boys in my year push me about and call me names'))).toMatch(CRISIS);
  return chat!;
}

const expectNoteObjectionAnswered = (replies: string) => {
  expect(replies).toContain(standard('safeguarding:objection.scaredSorry'));
  expect(replies).toContain(standard('safeguarding:objection.scaredNote'));
  expect(replies).not.toMatch(CRISIS);
  expect(replies).not.toMatch(/Are you OK/);
};

describe(`"${SAID}" after the help lines`, () => {
  it('at "Are you safe right now?": sorry, the note is kept for safety and who sees it; the flag survives', async () => {
    const c = await afterTheAnswer();
    expect(c.step).toBe(Step.safeguardingCheck);
    expectNoteObjectionAnswered(saidIn(await c.say(SAID)));
    const flags = (await c.draft())?.flags ?? [];
    expect(flags.map((f) => f.category)).toEqual(['bullying']);
    // Nothing was taken back: the lead reads the note as it was.
    expect(flags[0]?.takenBackAt).toBeUndefined();
  });

  it('later, at a plan question: the same kind answer, and the flag survives', async () => {
    const c = await afterTheAnswer();
    await c.say('yes im safe');
    await c.say('carry on');
    expectNoteObjectionAnswered(saidIn(await c.say(SAID)));
    expect(((await c.draft())?.flags ?? []).map((f) => f.category)).toEqual(['bullying']);
  });

  it('still heard: "that scared me. please delete the note, my uncle still hits me" is a new worry', async () => {
    const c = await afterTheAnswer();
    await c.say('yes im safe');
    await c.say('carry on');
    const replies = saidIn(await c.say('that scared me. please delete the note, my uncle still hits me'));
    expect(replies).not.toContain(standard('safeguarding:objection.scaredSorry'));
    expect(((await c.draft())?.flags ?? []).map((f) => f.category)).toContain('harm_from_others');
  });
});
