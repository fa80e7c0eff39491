import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * After a note about her cousin taking her phone and dinner money, Aisha told more of the same worry
 * at the questions that followed. Each is thanked for and added to the note; none is kept in the plan.
 */
const standard = createWords().forMode('standard');
const ADDED = standard('safeguarding:toldMore.added');
const TOLD = 'my cousin zain lives with us and he takes my phone and my dinner money to borrow and gets angry when i say no';

let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function afterTheNote(): Promise<Transcript> {
  const c = await typedTo(Step.aboutMeImportant, { name: 'Aisha', age: '14' });
  expect(saidIn(await c.say(TOLD))).toMatch(CRISIS);
  await c.say('yes');
  return c;
}

const kept = async (c: Transcript) => JSON.stringify((await c.draft())?.aboutMe ?? {});

describe('more of the same worry, after the note', () => {
  it.each([
    'i wouldnt be scared of him getting angry… it would be less shouting',
    'mum doesnt know he takes the dinner money',
    'he gives the money back sometimes',
    'he only gives my phone back when he wants',
  ])('%j at a plan question: thanked, added to the note, the question again, nothing kept', async (typed) => {
    chat = await afterTheNote();
    await chat.say('carry on');
    const at = chat.step;
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(ADDED);
    expect(chat.step).toBe(at);
    expect(await kept(chat)).not.toContain(typed.slice(0, 12));
  });

  it.each(['i wouldnt be scared of him getting angry… it would be less shouting', 'he gives the money back sometimes'])('%j at "carry on?": thanked, the same question again', async (typed) => {
    chat = await afterTheNote();
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/Thank you for telling me more\. I('ve| have) added it to the note/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(await kept(chat)).not.toContain(typed.slice(0, 12));
  });

  it('leave alone: "he helps me when i get stuck" about someone else is an answer, kept', async () => {
    chat = await afterTheNote();
    await chat.say('carry on');
    const said = saidIn(await chat.say('my teacher helps me when i get stuck'));
    expect(said).not.toContain(ADDED);
    expect(await kept(chat)).toContain('helps me when i get stuck');
  });

  it.each(['he touches me when he takes my phone', 'he said he will stab me', 'he said hes going to hurt me if i tell', 'he makes me touch him for my phone back'])(
    '%j at a plan question: worse news is heard as a new disclosure, never folded into the note',
    async (typed) => {
      chat = await afterTheNote();
      await chat.say('carry on');
      const said = saidIn(await chat.say(typed));
      expect(said).toMatch(CRISIS);
      expect(said).not.toContain(ADDED);
    },
  );

  it.each([
    'tyrone will notice when hes getting angry and use his break card instead of throwing stuff or running off',
    'he will use his break card 3 times out of 5 by christmas',
  ])('%j (an outcome or a measure) at a plan question: never added to the note', async (typed) => {
    chat = await afterTheNote();
    await chat.say('carry on');
    expect(saidIn(await chat.say(typed))).not.toContain(ADDED);
  });

  it.each(['my dad hits me', 'i want to die'])('%j beside it: still heard', async (typed) => {
    chat = await afterTheNote();
    await chat.say('carry on');
    await chat.say('he gives the money back sometimes');
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
  });

  it('"why is everyone telling me to call childline… he gives the money back sometimes" at a plan question: the question answered, the rest added', async () => {
    chat = await afterTheNote();
    await chat.say('carry on');
    const at = chat.step;
    const said = saidIn(await chat.say('why is everyone telling me to call childline… he gives the money back sometimes'));
    expect(said).toContain(standard('safeguarding:answerQueried.numbers'));
    expect(said).toContain(ADDED);
    expect(chat.step).toBe(at);
  });
});
