import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag, type Draft } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Funmi, Tobi's mum, after a note made when we talked about Tobi: asked to take off a note of a kind that was never
 * made, the bot never says "there was nothing to take off" and then, a turn later, "Yes, there is a note". Both
 * answers say the same: the note there is, what it sounded like, and that it was when we talked about Tobi.
 */

const standard = createWords().forMode('standard');
const bullyingNote = (d: Draft) => addFlag(d, { category: 'bullying', at: new Date('2026-12-02T09:30:00Z'), step: Step.aboutMeSupport });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atHopes(): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed({ name: 'Tobi', age: 8, schoolYear: 3 }, [], { change: bullyingNote, at: () => ({ stage: 'hopes', step: Step.hopesDream }) })));
  return chat!;
}

describe('a parent asks a note off that was never made, then asks if there is a note', () => {
  it.each([
    'the self harm note was a mistake, take it off',
    'the self harm note is wrong, please remove it',
    'take off the note about neglect, it is not true',
    'remove the exploitation note please, it was a mistake',
    'delete the note about domestic abuse, that was a mistake',
  ])('%j: the note there is is named, and "is there a note?" agrees', async (typed) => {
    const c = await atHopes();
    const first = saidIn(await c.say(typed));
    expect(first).not.toMatch(/nothing to take off/);
    expect(first).toContain(standard('safeguarding:note.about', { kind: standard('safeguarding:note.kind.bullying') }));
    expect(first).toMatch(/when we talked about Tobi/);
    const second = saidIn(await c.say('is there a note?'));
    expect(second).toContain(standard('safeguarding:note.yes'));
    expect(second).toMatch(/when we talked about Tobi/);
    expect(second).not.toMatch(/about you and what matters to you/);
    expect((await c.draft())!.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});
