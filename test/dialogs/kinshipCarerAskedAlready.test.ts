import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';
import { typedTo } from '../support/typedWay';

/*
 * Pat, a carer, asked "Are you OK?" again: "yes im fine you asked me that already love", "yes im ok thats the third time
 * youve asked me love. i just want to know who sees it". Her OK is taken, with a short sorry for asking again; her
 * question is answered; the same kind of worry is not asked about again.
 */

const GENTLE = createWords().forMode('standard')('safeguarding:gentle.question');

async function atCheck(): Promise<Transcript> {
  const { chat } = await startWith(
    parentSeed({ name: 'Ellie', age: 6, schoolYear: 1 }, [{ text: 'to be dry at night', theme: 'independent_living', needs: [] }], {
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }),
  );
  await chat.say('she come home wet and nobody change her');
  expect(chat.lastQuestion?.step).toBe(Step.safeguardingCheck);
  return chat;
}

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a carer says she was asked that already', () => {
  it.each(['yes im fine you asked me that already love', 'im ok, you already asked me that', 'yes im ok thats the third time youve asked me love', 'im fine, stop asking me the same thing'])(
    '%j: OK taken, a short sorry, back to the plan',
    async (typed) => {
      chat = await atCheck();
      const replies = saidIn(await chat.say(typed));
      expect(replies).toMatch(/[Ss]orry/);
      expect(replies).not.toContain(GENTLE);
      expect(chat.lastQuestion?.step).not.toBe(Step.safeguardingCheck);
      // The same kind of worry is not asked about again.
      const again = saidIn(await chat.say('she come home wet again and nobody changed her'));
      expect(again).not.toContain(GENTLE);
    },
  );

  it('"yes im ok thats the third time youve asked me love. i just want to know who sees it": OK, sorry, and who sees it', async () => {
    chat = await atCheck();
    const replies = saidIn(await chat.say('yes im ok thats the third time youve asked me love. i just want to know who sees it'));
    expect(replies).toMatch(/[Ss]orry/);
    expect(replies).toMatch(/key worker/);
    expect(replies).toMatch(/safeguarding lead|keep children safe/);
    expect(replies).not.toContain(GENTLE);
  });

  it('after a note, at "Are you and your child safe right now?": OK, sorry, and who sees it', async () => {
    chat = await typedTo(Step.aboutMeImportant, { who: 'A parent or carer', name: 'Ellie', age: '6' }, {});
    await chat.say('her mum is my daughter Kerry but she has problems with drugs and she turns up at the house out of nowhere');
    const replies = saidIn(await chat.say('yes were safe, you asked me that already love. i just want to know who sees it'));
    expect(replies).toMatch(/[Ss]orry/);
    expect(replies).toMatch(/safeguarding lead/);
    expect(replies).toMatch(/council/);
  });
});
