import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Who hurts whom, typed at the ordinary questions (the dream, what makes it hard): the flag names the
 * harm that was told, and ordinary talk that only sounds like harm is not stopped.
 */

const YOUNG = { name: 'Jo', age: '14' } as const;
const TO_NEEDS = typedToNeedsFor('to be a mechanic');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a threat written down by someone else', () => {
  it('"he leaves me notes about harming me" at the dream: the answer and a harm-from-others flag', async () => {
    chat = await typedTo(Step.hopesDream, YOUNG);
    const replies = saidIn(await chat.say('he leaves me notes about harming me'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });

  it('"he sends me texts about killing me" at what makes it hard: the answer and a harm-from-others flag', async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    const replies = saidIn(await chat.say('he sends me texts about killing me'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });
});

const PARENT = { who: 'A parent or carer', name: 'Sam', age: '9' } as const;
const PARENT_TO_NEEDS = typedToNeedsFor('to go to school on his own');

describe("a parent: an adult hurting the child", () => {
  it('"hes scared of his step dad, he hits him" at what makes it hard: the answer and a harm-from-others flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, PARENT_TO_NEEDS);
    const replies = saidIn(await chat.say('hes scared of his step dad, he hits him'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });
});

describe('fear of being told off', () => {
  it('"im scared of my dad finding out" at what makes it hard: kept, no answer, no check, no flag', async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    const replies = saidIn(await chat.say('im scared of my dad finding out about my grades'));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Are you OK\?/);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it("leave alone: \"im scared of my dad finding out, he'll batter me\" gets the answer and a flag", async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    const replies = saidIn(await chat.say("im scared of my dad finding out, he'll batter me"));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });
});

describe('an injury of ones own', () => {
  for (const said of ['ive hurt me arm again', 'i hurt my leg again lol']) {
    it(`"${said}" at the dream: no answer and no flag`, async () => {
      chat = await typedTo(Step.hopesDream, YOUNG);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(CRISIS);
      expect((await chat.draft())?.flags).toEqual([]);
    });
  }
});

describe("a parent names the child: \"Sam hits me when he gets angry\"", () => {
  const SUPPORT_LINE = /your family can get support too\. You could talk to their key worker or your GP/;

  it('at what makes it hard: kept as a need, the line about support for the family, no answer and no flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, PARENT_TO_NEEDS);
    const replies = saidIn(await chat.say('Sam hits me when he gets angry'));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).toMatch(SUPPORT_LINE);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text)).toContain('Sam hits me when he gets angry');
  });

  it('leave alone: a child called Leo, "Sam hits me when he gets angry" still gets the answer and a flag', async () => {
    chat = await typedTo(Step.needsBarrier, { ...PARENT, name: 'Leo' }, PARENT_TO_NEEDS);
    const replies = saidIn(await chat.say('Sam hits me when he gets angry'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});

describe('everyday upset typed at the ordinary questions', () => {
  for (const said of ['he ends up in a heap on the floor after school', 'she comes home a wreck after school and goes to pieces when plans change']) {
    it(`a parent's "${said}" at what makes it hard: kept as a need, no check and no flag`, async () => {
      chat = await typedTo(Step.needsBarrier, PARENT, PARENT_TO_NEEDS);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(CRISIS);
      expect(replies).not.toMatch(/Are you OK\?/);
      const draft = await chat.draft();
      expect(draft?.flags).toEqual([]);
      expect(draft?.needs.map((n) => n.text)).toContain(said);
    });
  }

  it('a young person\'s "im falling apart with all these exams" at the dream: no answer, no flag', async () => {
    chat = await typedTo(Step.hopesDream, YOUNG);
    const replies = saidIn(await chat.say('im falling apart with all these exams'));
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
