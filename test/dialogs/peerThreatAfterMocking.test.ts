import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * A young person tells of mocking at school and is answered. Then she types what the girl said next: "she said ill get
 * you tomorrow". That is a threat from a peer, heard as one: added to the note, a kind word, and who to tell.
 */

const { [Step.aboutMeSafe]: _safe, ...TO_SAFE } = ABOUT_ME_TYPED;
const NIA = { name: 'Nia', age: '11' } as const;
const MOCKING = 'not really. a girl in my class makes fun of me every day';

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a threat from a peer after mocking was told', () => {
  it('"she said ill get you tomorrow" is heard, with who to tell, and kept in the note', async () => {
    chat = await typedTo(Step.aboutMeSafe, NIA, TO_SAFE);
    expect(saidIn(await chat.say(MOCKING))).toMatch(/Childline/);
    const flagsBefore = (await chat.draft())!.flags.length;
    const more = saidIn(await chat.say('she said ill get you tomorrow'));
    expect(more).toMatch(/telling me|thank you/i);
    expect(more).toMatch(/adult you trust|form tutor|head of year|Childline/);
    expect(more).not.toMatch(/carry on|saved|resume code/i);
    const draft = (await chat.draft())!;
    expect(draft.flags.length).toBeGreaterThanOrEqual(flagsBefore);
    expect(draft.flags.map((f) => f.category)).toContain('bullying');
  });

  it('typed first, at "What is important to you?", it gets the answer about bullying', async () => {
    chat = await typedTo(Step.aboutMeImportant, NIA);
    const reply = saidIn(await chat.say('she said ill get you tomorrow'));
    expect(reply).toMatch(/Childline/);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['bullying']);
  });

  it('"my mum said shell get me after school" is no threat', async () => {
    chat = await typedTo(Step.aboutMeImportant, NIA);
    const reply = saidIn(await chat.say('my mum said shell get me after school'));
    expect(reply).not.toMatch(/Childline|Are you OK/);
    expect((await chat.draft())!.flags).toEqual([]);
  });
});
