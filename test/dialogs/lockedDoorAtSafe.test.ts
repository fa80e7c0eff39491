import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * "i lock my door so my brother cant get in" at "Do you feel safe?": a worry about the brother. It is asked after gently,
 * and even after "im ok" it is noted for the adult who checks; "he hits me" said next gets the full answer.
 * "i lock my door cos my brother nicks my stuff" is a squabble: "Are you OK?" at most, never 999 at once.
 */

const standard = createWords().forMode('standard');
const GENTLE = standard('safeguarding:gentle.question');
const { [Step.aboutMeSafe]: _safe, ...TO_SAFE } = ABOUT_ME_TYPED;

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a locked door against a brother, at "Do you feel safe?"', () => {
  it('is asked after gently; "he hits me" next gets the full answer and a note', async () => {
    chat = await typedTo(Step.aboutMeSafe, {}, TO_SAFE);
    expect(saidIn(await chat.say('i lock my door so my brother cant get in'))).toContain(GENTLE);
    const next = saidIn(await chat.say('he hits me'));
    expect(next).toMatch(/999/);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });

  it('after "im ok" it is still noted for the adult who checks, with who can help', async () => {
    chat = await typedTo(Step.aboutMeSafe, {}, TO_SAFE);
    expect(saidIn(await chat.say('i lock my door so my brother cant get in'))).toContain(GENTLE);
    const ok = saidIn(await chat.say('yeah im ok'));
    expect(ok).toMatch(/Childline|adult you trust/);
    expect((await chat.draft())!.flags).toHaveLength(1);
  });

  it('"i lock my door cos my brother nicks my stuff" is asked after gently, never the full answer', async () => {
    chat = await typedTo(Step.aboutMeSafe, {}, TO_SAFE);
    const reply = saidIn(await chat.say('i lock my door cos my brother nicks my stuff'));
    expect(reply).toContain(GENTLE);
    expect(reply).not.toMatch(/999/);
    expect((await chat.draft())!.flags).toEqual([]);
    const ok = saidIn(await chat.say('yeah im fine'));
    expect(ok).not.toMatch(/999/);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });

  for (const said of ['i lock my door cos my brother nicks my stuff and hits me', 'i lock my door cos my dad nicks my stuff', 'i lock my door cos my brother nicks my stuff. he punched me']) {
    it(`"${said}" still gets the full answer at once`, async () => {
      chat = await typedTo(Step.aboutMeImportant);
      expect(saidIn(await chat.say(said))).toMatch(/999|Childline/);
      expect((await chat.draft())!.flags).toHaveLength(1);
    });
  }
});
