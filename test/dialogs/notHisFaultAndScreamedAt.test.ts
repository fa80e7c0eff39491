import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { safeguardingInChat } from '../../src/language';
import { defendsTheChild } from '../../src/language/notTheirFault';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, CRISIS, saidIn, typedTo, type Person } from '../support/typedWay';

const standard = createWords().forMode('standard');
const NOT_THEIR_FAULT = standard('safeguarding:parent.notTheirFault');
const GENTLE = /That sounds hard\. Are you OK\?/;

const LEO_PARENT: Person = { who: 'A parent or carer', name: 'Leo', age: '13' };
const way = { ...ABOUT_ME_TYPED, [Step.hopesDream]: 'to work with animals', [Step.hopesMore]: 'no', [Step.hopesTheme]: ['no', 'no', 'no', 'no'] };
const to = (step: StepId, person: Person) => typedTo(step, person, way);

describe('a parent\'s "its not his fault"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('after telling of meltdowns, at "what already helps?": heard kindly, not kept as what helps nor added to the answer before', async () => {
    chat = await to(Step.needsBarrier, LEO_PARENT);
    await chat.say('he has meltdowns at school and hits out');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = saidIn(await chat.say('its not his fault'));
    expect(replies).toContain(NOT_THEIR_FAULT);
    expect(replies).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.needs.map((n) => n.text)).toEqual(['he has meltdowns at school and hits out']);
    expect(JSON.stringify(draft)).not.toMatch(/not his fault/);
    expect(draft?.flags).toEqual([]);
  });

  it('at "Are you and your child safe right now?": heard kindly, the check stays open, no "sorry, I didn\'t get that"', async () => {
    chat = await to(Step.needsBarrier, LEO_PARENT);
    // "when he has a meltdown" is a child's distress (kept as a need); with no child named, being hit still gets the answer.
    await chat.say('he hits me when he gets angry');
    expect(chat.step).toBe(Step.safeguardingCheck);
    const replies = saidIn(await chat.say("it's not his fault, he can't help it"));
    expect(replies).toContain(NOT_THEIR_FAULT);
    expect(replies).not.toMatch(/didn't quite get that/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toHaveLength(1);
    expect(saidIn(await chat.say('yes we are ok'))).toMatch(/glad/);
  });

  it('leave alone: a young person\'s "its not his fault" is no parent\'s defence', async () => {
    chat = await to(Step.needsBarrier, { name: 'Sam', age: '15' });
    const replies = saidIn(await chat.say('its not his fault'));
    expect(replies).not.toContain(NOT_THEIR_FAULT);
  });

  it.each(["its not his fault", "it's not her fault, she can't help it", "He doesn't mean it.", "that's not his fault though"])('%j only defends the child', (typed) =>
    expect(defendsTheChild(typed)).toBe(true),
  );
  it.each(['its not his fault he hits me', 'its not his fault the school wont help', 'its my fault', 'not my fault'])('leave alone: %j says more than that', (typed) =>
    expect(defendsTheChild(typed)).toBe(false),
  );
});

describe('a young person\'s "he screamed at me", said on its own', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('gets the gentle check, no flag', async () => {
    chat = await to(Step.hopesDream, { name: 'Sam', age: '15' });
    const replies = saidIn(await chat.say('he screamed at me'));
    expect(replies).toMatch(GENTLE);
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it.each(['he screamed at me', 'my brother yelled at me again', 'she shouted at me today'])('%j is worth "Are you OK?"', (typed) =>
    expect(safeguardingInChat(typed, { parent: false }).action).toBe('check'),
  );
  it.each([
    ['he screamed at me', true],
    ['the coach shouted at me in training', false],
    ['my mum shouted at me for breaking a plate', false],
    ['i want to be a singer who screams at me', false],
  ] as const)('leave alone: %j (parent: %s) is not checked', (typed, parent) => expect(safeguardingInChat(typed, { parent }).action).toBe('none'));
});
