import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Aisha's plan kept "someone telling zain hes not allowed" after she asked to keep him out of it.
 * "i dont want zain in it" takes the name out of every answer in the plan; "take his name out" asks
 * whose; "i dont want zain to see it if mum prints it" is told who sees the plan and how to take words out.
 */
const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function withZainKept(): Promise<Transcript> {
  const c = await typedTo(Step.aboutMeSupport, { name: 'Aisha', age: '14' });
  await c.say('someone telling zain hes not allowed');
  expect(JSON.stringify((await c.draft())?.aboutMe)).toMatch(/zain/i);
  return c;
}

/** A note about Zain: only then is a name taken out of the plan, and only a person the note or plan names. */
async function withZainNoted(): Promise<Transcript> {
  const c = await withZainKept();
  await c.say('yeah i do');
  await c.say('my cousin zain borrows my phone and dinner money and gets angry when i say no');
  await c.say('yes');
  await c.say('carry on');
  return c;
}

describe('keeping someone out of the plan', () => {
  it.each(['i dont want zain in it', 'take zain out of my plan', "please keep zain's name out of it", 'remove Zain from the plan'])(
    '%j: the name is gone from every answer, said plainly, the question again',
    async (typed) => {
      chat = await withZainNoted();
      const at = chat.step;
      const said = saidIn(await chat.say(typed));
      expect(said).toContain(standard('common:nameOut.done', { name: 'Zain' }));
      const draft = await chat.draft();
      expect(JSON.stringify({ a: draft?.aboutMe, h: draft?.aspirations, n: draft?.needs, o: draft?.outcomes })).not.toMatch(/zain/i);
      expect(draft?.aboutMe.support.join(' ')).toMatch(/someone telling someone/);
      expect(chat.step).toBe(at);
    },
  );

  it('"take his name out": asked whose name, nothing changed', async () => {
    chat = await withZainNoted();
    const said = saidIn(await chat.say('take his name out'));
    expect(said).toContain(standard('common:nameOut.which'));
    expect(JSON.stringify((await chat.draft())?.aboutMe)).toMatch(/zain/i);
  });

  it('"i dont want zain to see it if mum prints it": who sees the plan, and the offer to take the name out', async () => {
    chat = await withZainNoted();
    const at = chat.step;
    const said = saidIn(await chat.say('i dont want zain to see it if mum prints it'));
    expect(said).toContain(standard('common:nameOut.sees'));
    expect(said).toContain(standard('common:nameOut.seesOffer', { name: 'Zain' }));
    expect(chat.step).toBe(at);
    expect(JSON.stringify((await chat.draft())?.aboutMe)).not.toMatch(/mum prints/);
  });

  it('leave alone: "i dont want it in my plan" is not about a person', async () => {
    chat = await withZainKept();
    const said = saidIn(await chat.say('i dont want it in my plan'));
    expect(said).not.toContain(standard('common:nameOut.which'));
  });

  it.each(['i dont want zain in it. he hits me', 'take zain out of my plan he touches me'])('%j: the harm beside it is still heard', async (typed) => {
    chat = await withZainKept();
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
  });

  it('after a note about him: the plan loses the name, the note keeps it, and she is told so', async () => {
    chat = await withZainNoted();
    const said = saidIn(await chat.say('i dont want zain in it'));
    expect(said).toContain(standard('common:nameOut.noteKeeps'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });

  it.each([
    ['take maths out of my plan', 'Maths'],
    ['i dont want college in my plan', 'College'],
    ['take will out of my plan', 'Will'],
    ['i dont want grace in it', 'Grace'],
  ])(
    '%j after a note: an everyday word is never taken for a name',
    async (typed, word) => {
      chat = await withZainNoted();
      const said = saidIn(await chat.say(typed));
      expect(said).not.toContain(standard('common:nameOut.done', { name: word }));
      expect(said).not.toContain(standard('common:nameOut.notIn', { name: word }));
      expect(said).not.toContain(standard('common:nameOut.which'));
      expect(JSON.stringify((await chat.draft())?.aboutMe)).toMatch(/someone telling zain/);
    },
  );

  it('"take zain out of my plan" with no note: the plan is left as typed', async () => {
    chat = await withZainKept();
    const said = saidIn(await chat.say('take zain out of my plan'));
    expect(said).not.toContain(standard('common:nameOut.done', { name: 'Zain' }));
  });

  it('"i dont want zain to see it" with no note: not the answer about taking a name out', async () => {
    chat = await withZainKept();
    expect(saidIn(await chat.say('i dont want zain to see it'))).not.toContain(standard('common:nameOut.sees'));
  });

  it.each(['i dont want school to see it', 'i dont want this to see it'])('%j after a note: not about a person, so not that answer', async (typed) => {
    chat = await withZainNoted();
    expect(saidIn(await chat.say(typed))).not.toContain(standard('common:nameOut.sees'));
  });

  it.each(['keep him out of it', 'leave her out of it'])('%j after a note: not a name request unless a name or the plan is said', async (typed) => {
    chat = await withZainNoted();
    expect(saidIn(await chat.say(typed))).not.toContain(standard('common:nameOut.which'));
  });

  it('"keep his name out of my plan" after a note: asked whose name', async () => {
    chat = await withZainNoted();
    expect(saidIn(await chat.say('keep his name out of my plan'))).toContain(standard('common:nameOut.which'));
  });

  it.each(['take maths out of my plan. my dad hits me', 'i dont want college in my plan i want to die'])('%j: the harm beside it is still heard', async (typed) => {
    chat = await withZainNoted();
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
  });
});
