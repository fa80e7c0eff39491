import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { followUpQuestion } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Just after the safeguarding answer, people ask what it was for and what happens to what they
 * said. They get a plain, honest answer (what was noted, who sees it), not the list again, and
 * the question is never read as an answer to "Are you safe right now?".
 */

const standard = createWords().forMode('standard');
const WHAT_NOW = standard('safeguarding:followUp.whatNowNoLead');
const CHECK_AGAIN = /Sorry, I didn't quite get that/;

/** Types the way to "do you feel safe?" and tells of being hit: the safeguarding answer and "Are you safe right now?". */
async function afterTheAnswer(): Promise<Transcript> {
  const chat = await typedTo(Step.aboutMeSafe, { name: 'Sam', age: '15' }, {
    [Step.aboutMeStrengths]: 'im good at lego and im funny',
    [Step.aboutMeImportant]: 'my cat and my headphones',
    [Step.aboutMeSupport]: 'tell me before things change',
  });
  const replies = await chat.say('people hit me at school');
  expect(saidIn(replies)).toMatch(CRISIS);
  expect(chat.step).toBe(Step.safeguardingCheck);
  return chat;
}

describe('"why did you say all that?" after the safeguarding answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['why did you say all that', 'are you going to write something down?', 'what happens now', 'ok so what happens now?'])(
    '%j: what was noted and who sees it, then "Are you safe right now?" again, with no second list and no second flag',
    async (typed) => {
      chat = await afterTheAnswer();
      const replies = saidIn(await chat.say(typed));
      expect(replies).toContain(WHAT_NOW);
      expect(replies).not.toMatch(CRISIS);
      expect(replies).not.toMatch(CHECK_AGAIN);
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect((await chat.draft())?.flags).toHaveLength(1);
      // The check is still open, and answered as before.
      const after = saidIn(await chat.say('im ok'));
      expect(after).toMatch(/glad/);
    },
  );

  it('leave alone: "who will see this?" keeps its own answer', async () => {
    chat = await afterTheAnswer();
    const replies = saidIn(await chat.say('who will see this?'));
    expect(replies).toContain(standard('safeguarding:followUp.whoSeesNoLead'));
    expect(replies).not.toContain(WHAT_NOW);
  });
});

describe('what counts as asking what happens now', () => {
  it.each(['why did you say all that', 'why are you telling me this', 'why all the numbers', 'are you going to write something down?', 'did you write that down', 'what happens now', 'what happens next?', 'what now', 'what will you do with it'])(
    '%j asks what happens now',
    (typed) => expect(followUpQuestion(typed)).toBe('whatNow'),
  );
  it.each(['what should i do', 'i want to write stories', 'what happens at college next year', 'my mum said that', 'what do you mean', 'who will see this?'])(
    '%j does not',
    (typed) => expect(followUpQuestion(typed)).not.toBe('whatNow'),
  );
});
