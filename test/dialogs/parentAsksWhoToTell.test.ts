import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * A mum told of older lads who give her son sweets and send him to the shop. Back at the plan she asks
 * whom to tell and whether anyone sees what she said: each gets a kind, true answer, and the plan
 * question again. Nothing she asked is kept as a hope.
 */

async function afterTheWorry(): Promise<Transcript> {
  const chat = await typedTo(Step.hopesDream, { who: 'A parent or carer', name: 'Tyrone', age: '9' });
  await chat.say('some older lads keep giving him sweets and sending him to the shop for them');
  await chat.say('yes hes ok');
  await chat.say('carry on');
  expect(chat.step).toBe(Step.hopesDream);
  return chat;
}

describe('a parent asks who to tell, after a worry was noted', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each(['who do i even tell about this... police? school?', 'who should i report it to', 'should i call the police', 'who else can i talk to about it'])(
    '%j: the school, the police and the NSPCC, then the hope question again',
    async (text) => {
      chat = await afterTheWorry();
      const said = saidIn(await chat.say(text));
      expect(said).toMatch(/safeguarding lead/);
      expect(said).toMatch(/101/);
      expect(said).toMatch(/999/);
      expect(said).toMatch(/0808 800 5000/);
      expect(chat.step).toBe(Step.hopesDream);
      expect((await chat.draft())?.aspirations ?? []).toEqual([]);
    },
  );

  it.each(['does anyone actually see what i said about the older lads?', 'does someone read this', 'will anyone do anything'])('%j: who sees the note, then the hope question again', async (text) => {
    chat = await afterTheWorry();
    const said = saidIn(await chat.say(text));
    expect(said).toMatch(/note/i);
    expect(said).toMatch(/keep people safe|safeguarding lead/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations ?? []).toEqual([]);
  });

  it('a new worry beside the question is still heard', async () => {
    chat = await afterTheWorry();
    await chat.say('who should i tell, his step dad hits him');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags.map((f) => f.category)).toContain('harm_from_others');
  });
});
