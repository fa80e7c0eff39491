import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* An adult at home who hurts Nia, or whom she locks out, typed at a question: a concern, never kept in her plan. */
const atSupport = () => ({ stage: 'aboutMe' as const, step: Step.aboutMeSupport });
const atCode = () => ({ stage: 'welcome' as const, step: Step.welcomeInvite });
const nia = (at: typeof atSupport | typeof atCode) => startWith({ today: '2026-12-04', name: 'Nia', age: 11, schoolYear: 6, hopes: [], at });

describe('words of an adult at home hurting or kept out are a concern, not plan content', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"my step dad hurts my hand when im slow" at "how can people support you?"', async () => {
    ({ chat } = await nia(atSupport));
    const typed = 'my step dad hurts my hand when im slow';
    const text = saidIn(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.flags.length).toBeGreaterThan(0);
    expect(JSON.stringify(draft.aboutMe)).not.toContain(typed);
    expect(JSON.stringify(draft.needs ?? [])).not.toContain(typed);
    expect(text).not.toMatch(/kept/i);
  });

  it('"i like my room because i can lock it so my stepdad cant get in" at the code question', async () => {
    ({ chat } = await nia(atCode));
    const typed = 'i like my room because i can lock it so my stepdad cant get in';
    const text = saidIn(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.flags.length).toBeGreaterThan(0);
    expect(draft.aboutMe.important ?? []).not.toContain(typed);
    expect(text).not.toMatch(/kept it with what is important/);
  });

  it('leave alone: "i like my room because i can lock it" is still kept as a like', async () => {
    ({ chat } = await nia(atCode));
    await chat.say('i like my room because i can lock it');
    const draft = (await chat.draft())!;
    expect(draft.flags).toHaveLength(0);
    expect(draft.aboutMe.important).toContain('i like my room because i can lock it');
  });
});
