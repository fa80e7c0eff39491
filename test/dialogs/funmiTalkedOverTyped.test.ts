import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * Funmi, mum of Tobi (8, Year 3, cerebral palsy), English her second language, at "How can people support Tobi
 * best?": grown-ups talking to her over his head is rudeness the plan can put right, not harm. Kept as support,
 * with no safeguarding answer, no "Are you OK?" and no note. Children calling him a baby, or an adult pushing
 * him, still count.
 */

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const TOBI = { who: 'A parent or carer', name: 'Tobi', age: 'Year 3' } as const;

const TALKED_OVER = [
  'talk to him not to me, people always talk to me over his head and he hate it he is not baby. give him time to answer. help him with transfers, he need 2 people or hoist at school',
  'dont talk to her like a baby, she hates it',
  'people speak to me instead of him and it makes him cross',
  'dont say oh bless him he hates that',
  'people at school always talk to me over his head he hate it he is not a baby',
  'they speak to me over his head all the time and it make him sad. he need more time',
];

describe('a mum says people talk to her over her child\'s head', () => {
  for (const said of TALKED_OVER) {
    it(`"${said.slice(0, 60)}…" is kept as support, with no alarm and no note`, async () => {
      chat = await typedTo(Step.aboutMeSupport, TOBI);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(CRISIS);
      expect(replies).not.toMatch(/are you ok/i);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
      const draft = (await chat.draft())!;
      expect(draft.flags ?? []).toHaveLength(0);
      expect(draft.aboutMe.support.length).toBeGreaterThan(0);
    });
  }
});

describe('near-misses still count', () => {
  it('"other kids call him a baby every day" gets the safeguarding answer and a note', async () => {
    chat = await typedTo(Step.aboutMeSupport, TOBI);
    const replies = saidIn(await chat.say('other kids call him a baby every day'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });

  it('"the TA talks to him like hes stupid and pushes him" is asked after', async () => {
    chat = await typedTo(Step.aboutMeSupport, TOBI);
    await chat.say('the TA talks to him like hes stupid and pushes him');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('a harm told beside being talked over still gets the answer', async () => {
    chat = await typedTo(Step.aboutMeSupport, TOBI);
    const replies = saidIn(await chat.say('people always talk to me over his head. his dad hits him'));
    expect(replies).toMatch(CRISIS);
  });
});
