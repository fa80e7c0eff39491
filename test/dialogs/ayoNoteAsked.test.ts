import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag, type Draft } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Ayo, after a note about hurting himself was made by mistake: "does it say i hurt myself or
 * something? cos i didnt" is a question about the note. He hears what kind of note it is, that it
 * stays, and that he can say it was a mix-up; never the help lines again, never another note.
 */

const standard = createWords().forMode('standard');
const COOK = { text: 'learn to cook my own food', theme: 'independent_living' as const, needs: ['pouring hot stuff'] };
const flagged = (d: Draft) => addFlag(d, { category: 'self_harm_or_suicide', at: new Date('2026-12-02T09:30:00Z'), step: Step.needsBarrier });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atHelps(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Ayo', age: 16, schoolYear: 11, hopes: [COOK], change: flagged, at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) }));
  return chat!;
}

describe('"does it say i hurt myself or something? cos i didnt"', () => {
  it('answered: the kind of note, that it stays, and that a mix-up can be said; no new note', async () => {
    const c = await atHelps();
    const replies = texts(await c.say('does it say i hurt myself or something? cos i didnt'));
    expect(replies).toContain(standard('safeguarding:note.about', { kind: standard('safeguarding:note.kind.self_harm_or_suicide') }));
    expect(replies).toContain(standard('safeguarding:note.mixUp'));
    expect(replies).not.toMatch(/Childline|Samaritans|0800/);
    expect((await c.draft())?.flags).toHaveLength(1);
    expect(c.step).toBe(Step.needsHelps);
  });

  for (const text of ['does it say i hurt myself or something? cos i do sometimes', 'does it say i hurt myself? my dad hurts me']) {
    it(`still heard: "${text}"`, async () => {
      const c = await atHelps();
      await c.say(text);
      expect(c.step).not.toBe(Step.needsHelps);
    });
  }
});
