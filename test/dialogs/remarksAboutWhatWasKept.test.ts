import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { addAboutMe } from '../../src/domain/operations';
import { parentSeed, saidIn, startWith } from './journeySeed';
import { OLIVER } from './oliverSeed';

/*
 * A dad tells the bot where it went wrong while answering: "no you've stuck the help onto the
 * wrong bit" is about where something went and is never kept; "I just said that. coping at
 * secondary. also you never saved the date" keeps only "coping at secondary", and the date is
 * spoken to, never kept as part of the answer.
 */

const SEED = parentSeed(OLIVER, [{ text: 'to be happy at school', theme: 'learning_and_work', needs: ['he finds lunchtime too loud'] }]);

async function toMakesPossible(chat: Transcript): Promise<void> {
  await chat.say('Oliver will eat lunch in the hall with his class');
  await chat.say('by the end of year 5');
  await chat.say('his TA will see him eat in the hall 3 days a week');
  await chat.say('he would feel less stressed');
  expect(chat.step).toBe(Step.outcomeMakesPossible);
}

describe('remarks about what the bot kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([["no you've stuck the help onto the wrong bit"], ['you put that in the wrong place'], ['thats gone on the wrong question']])('"%s" is never kept as an answer', async (said) => {
    ({ chat } = await startWith(SEED));
    await toMakesPossible(chat);
    await chat.say(said);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible ?? '').toBe('');
    expect(outcome.provision).toEqual([]);
  });

  it('"I just said that. coping at secondary. also you never saved the date" keeps "coping at secondary" only', async () => {
    ({ chat } = await startWith(SEED));
    await toMakesPossible(chat);
    await chat.say('I just said that. coping at secondary. also you never saved the date');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible).toMatch(/^coping at secondary\.?$/);
    expect(outcome.timeframe?.phrase).toBe('by the end of year 5');
  });

  it('with no date yet, the words beside "you never saved the date" are kept and the date is asked before the read-back', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('Oliver will eat lunch in the hall with his class');
    await chat.say('skip');
    await chat.say('his TA will see him eat in the hall 3 days a week');
    await chat.say('he would feel less stressed');
    await chat.say('coping at secondary. also you never saved the date');
    expect((await chat.draft())!.outcomes[0]!.makesPossible).toMatch(/^coping at secondary\.?$/);
    for (let i = 0; i < 3 && chat.step !== Step.outcomeWhen && chat.step !== Step.outcomeConfirm; i++) await chat.say('a lunch club at school');
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it('leaves alone a help that says where it is ("put him in a quiet place")', async () => {
    ({ chat } = await startWith(SEED));
    await toMakesPossible(chat);
    await chat.say('he could sit with his friends');
    await chat.say('put him in a quiet place at lunch with a friend');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text).join(' ')).toMatch(/quiet place/);
  });
});

/** At "how can people support you best?", with what the question before kept (or nothing). */
async function atSupport(important: string | null): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-11-02',
    name: 'Kai',
    age: 14,
    hopes: [],
    change: (d) => (important ? addAboutMe(d, 'important', important) : d),
    at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }),
    journey: { history: [{ stage: 'aboutMe', step: Step.aboutMeImportant }], answered: important ? { [`${Step.aboutMeImportant}|`]: ['aboutMe/important/0'] } : {} },
  });
  return chat;
}

describe('"kept what" about an answer that was no answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['kept what. i didnt say what is important yet', 'you kept what?', 'what did you keep. i havent answered that yet'])(
    '"%s": what was kept is said, taking it out is offered, and a yes takes it out',
    async (typed) => {
      chat = await atSupport('thats not lovely i said i dont know.');
      const said = saidIn(await chat.say(typed));
      expect(said).toContain('thats not lovely i said i dont know');
      expect(chat.lastQuestion?.activity.text).toMatch(/take\b.*\bout/i);
      expect((await chat.draft())!.aboutMe.support).toEqual([]);
      await chat.say('yes');
      expect((await chat.draft())!.aboutMe).toEqual({ strengths: [], important: [], support: [] });
      expect([Step.aboutMeImportant, Step.aboutMeSupport]).toContain(chat.step);
    },
  );

  it('with nothing kept, says so, keeps nothing and asks again', async () => {
    chat = await atSupport(null);
    const said = saidIn(await chat.say('kept what. i didnt say what is important yet'));
    expect(said).toMatch(/not kept|haven't kept|nothing/i);
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect((await chat.draft())!.aboutMe).toEqual({ strengths: [], important: [], support: [] });
  });
});
