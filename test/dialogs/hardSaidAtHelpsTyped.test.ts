import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * At "what already helps?" a young person says what makes it hard instead ("wat makes it hard is
 * reading"), or puts right the hard thing they just gave ("its not really maths its more i dont know
 * how u start a buisness"). Neither is kept as help, and a sigh ("ugh whatever") is never kept.
 */

const BUSINESS: SeedHope = { text: 'to run my own cake business', theme: 'learning_and_work', needs: ['maths'] };
const atHelps: Seed = {
  today: '2026-12-02',
  name: 'Kayla',
  age: 16,
  schoolYear: 11,
  hopes: [BUSINESS],
  at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
};

describe('a hard thing said at "what already helps?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"ugh whatever. wat makes it hard is reading. like recipes n exams": reading is kept as hard, the sigh is dropped', async () => {
    ({ chat } = await startWith(atHelps));
    const said = saidIn(await chat.say('ugh whatever. wat makes it hard is reading. like recipes n exams'));
    expect(said).toMatch(/kept it with the hard things/);
    expect(chat.step).toBe(Step.needsHelps);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['maths', 'reading, like recipes n exams']);
    expect(draft.needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/whatever|makes it hard/);
  });

  it('"actually wait its not really maths its more i dont know how u start a buisness": the hard thing is put right', async () => {
    ({ chat } = await startWith(atHelps));
    const said = saidIn(await chat.say('actually wait its not really maths its more i dont know how u start a buisness'));
    expect(said).toContain('changed "maths" to "not knowing how to start a buisness"');
    expect(chat.step).toBe(Step.needsHelps);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['not knowing how to start a buisness']);
    expect(draft.needs.flatMap((n) => n.helps ?? [])).toEqual([]);
  });

  it('"its not the noise its more the smells" when the noise was never said: asked first, and changed after a yes', async () => {
    ({ chat } = await startWith(atHelps));
    const said = saidIn(await chat.say('its not the noise its more the smells'));
    expect(said).toContain('Shall I change "maths" to "the smells"?');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['maths']);
    await chat.say('yeah');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['the smells']);
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('my calculator');
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['my calculator']);
  });

  it('leave alone: "a calculator helps" is kept as help', async () => {
    ({ chat } = await startWith(atHelps));
    await chat.say('a calculator helps');
    expect((await chat.draft())!.needs[0]!.helps?.length).toBe(1);
  });
});
