import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Sam is 15 and autistic. At "Do you feel safe?" he tells of his stepbrother shoving him into the wall,
 * and says it is just what brothers do. Then he asks, again and again, whether it is normal. Every such
 * question gets a plain "no, it is not OK", is added to the note, and is never read as "carry on" nor
 * kept in his plan.
 */

const std = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
const TOLD =
  'My stepbrother is 17 and he shoves me into the wall sometimes and takes my headphones and does not give them back, but that is just what brothers do, so it is normal';
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function sam(mode: 'standard' | 'easy_read' = 'standard'): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-07',
    name: 'Sam',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'to work with computers', theme: 'learning_and_work', needs: [] }],
    at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }),
    journey: { mode },
  }));
  return chat;
}

const planWords = async (c: Transcript): Promise<string> => JSON.stringify({ a: (await c.draft())?.aspirations, n: (await c.draft())?.needs, m: (await c.draft())?.aboutMe });
const NOT_OK = 'safeguarding:harmAskedIfOk.harm_from_others';

describe('a child asks if the harm he told of is normal', () => {
  it('"But is it normal that he shoves me? You did not answer my question." at the check gets a plain no', async () => {
    const c = await sam();
    await c.say(TOLD);
    const reply = saidIn(await c.say('But is it normal that he shoves me? You did not answer my question.'));
    expect(reply).toContain(std(NOT_OK));
    expect(reply).not.toContain(std('safeguarding:backTo'));
    expect(c.step).toBe(Step.safeguardingCheck);
  });

  it('after carrying on, each way of asking gets the answer, added to the note, never the plan', async () => {
    const c = await sam();
    await c.say(TOLD);
    await c.say('yes im safe');
    await c.say('carry on');
    const at = c.step;
    for (const typed of [
      'Is it normal for a brother to shove you into a wall?',
      'Is it OK that my stepbrother shoves me into the wall and hides my headphones? I asked you three times',
      'is that even allowed',
      'am i overreacting',
      'do all brothers do that?',
    ]) {
      const reply = saidIn(await c.say(typed));
      expect(reply, typed).toContain(std(NOT_OK));
      expect(reply, typed).toContain(std('safeguarding:harmAskedIfOk.questionNoted'));
      expect(c.step, typed).toBe(at);
    }
    expect(await planWords(c)).not.toMatch(/shove|allowed|overreact|brothers/i);
    expect((await c.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });

  it('in easy read the answer is easy read', async () => {
    const c = await sam('easy_read');
    await c.say(TOLD);
    const reply = saidIn(await c.say('is it normal that he shoves me?'));
    expect(reply).toContain(easy(NOT_OK));
  });

  it('"is it ok if i skip this" after carrying on is not answered as a question about the harm', async () => {
    const c = await sam();
    await c.say(TOLD);
    await c.say('yes im safe');
    await c.say('carry on');
    const reply = saidIn(await c.say('is it ok if i skip this'));
    expect(reply).not.toContain(std(NOT_OK));
  });
});
