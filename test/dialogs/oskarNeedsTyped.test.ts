import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * A 12-year-old learning English, at the needs questions: "ok. my hope: ..." at "What makes this
 * hard?" says his hope again (never a hard thing), and "sorry i am confuse. help with what?" at
 * "What already helps?" is a question about the question (never help kept).
 */

const OSKAR = { name: 'Oskar', age: '12' } as const;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('needs questions, typed by a child learning English', () => {
  it('"ok. my hope: i want be footballer. or bus driver like tata" at "what makes this hard?" is the hope said again', async () => {
    chat = await typedTo(Step.needsBarrier, OSKAR, typedToNeedsFor('i want to be a footballer'));
    const replies = saidIn(await chat.say('ok. my hope: i want be footballer. or bus driver like tata'));
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text).join(' | ')).not.toMatch(/footballer|bus driver/i);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(replies).toMatch(/hard/i);
    const hopes = draft.aspirations.map((h) => h.text);
    expect(hopes.some((h) => /bus driver like tata/i.test(h)), hopes.join(' | ')).toBe(true);
  });

  it('"sorry i am confuse. help with what?" at "what already helps?" is explained with the hard thing, never kept', async () => {
    chat = await typedTo(Step.needsHelps, OSKAR, { ...typedToNeedsFor('i want to be a footballer'), [Step.needsBarrier]: 'i get tired fast when i run' });
    const before = JSON.stringify((await chat.draft())?.needs);
    const replies = saidIn(await chat.say('sorry i am confuse. help with what?'));
    expect(JSON.stringify((await chat.draft())?.needs)).toBe(before);
    expect(replies).toMatch(/tired fast/i);
    expect(chat.step).toBe(Step.needsHelps);
  });
});
