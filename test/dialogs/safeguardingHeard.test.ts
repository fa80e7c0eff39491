import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { throughWelcome } from './throughWelcome';

/*
 * What the conversation does around a gentle check and a safety answer, typed in the words people
 * used: a parent is never given the helplines for children, a reply to "are you OK?" is never plan
 * content, "I'm fine" ends the checking, and a worry that is not about being unsafe is no crisis.
 */

const standard = createWords().forMode('standard');
const CHILD_LINES = /Childline|0800 1111|Shout|85258/;
/** The lines as said to a young person ("Childline: call ...", "Shout: text ..."), never to a parent. */
const SAID_TO_A_CHILD = [standard('safeguarding:childline'), standard('safeguarding:shout'), standard('safeguarding:checkMoveOn')];
/** A parent's first answer names Childline and Shout once, each said for whom it is; nothing after it repeats them. */
function toldAsAParent(first: Partial<Activity>[], after: Partial<Activity>[]): void {
  expect(said(first)).toContain(standard('safeguarding:parent.childline'));
  expect(said(first)).toContain(standard('safeguarding:parent.shout'));
  for (const line of SAID_TO_A_CHILD) expect(said([...first, ...after])).not.toContain(line);
  expect(said(after)).not.toMatch(CHILD_LINES);
}
/** Unclear but worrying: the detector asks "Are you OK?" before anything else. */
const WORRYING = 'everything is too much and i dont really sleep';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

async function parentOf(name: string, age: string): Promise<Transcript> {
  chat = await throughWelcome({ who: 'A parent or carer', name, age });
  return chat;
}

describe('a parent at a gentle check', () => {
  it('never hears Childline or Shout, on any answer, and "I\'m his mum" is heard', async () => {
    const chat = await parentOf('Leo', '12');
    const check = await chat.say(WORRYING);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(said(check)).toContain(standard('safeguarding:gentle.question'));
    const missed = await chat.say("im confused, what do you mean");
    const fine = await chat.say('please stop giving me the Childline number, im his mum, we are fine');
    expect(said([...check, ...missed, ...fine])).not.toMatch(CHILD_LINES);
  });

  it('"not really" gets the NSPCC helpline and the parent\'s questions, Childline only as the child\'s own line, through to carrying on', async () => {
    const chat = await parentOf('Leo', '12');
    await chat.say(WORRYING);
    const answer = await chat.say('not really');
    expect(said(answer)).toContain('0808 800 5000');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:checkParent.question'));
    const unclear = await chat.say('hmm');
    const again = await chat.say('i really dont know what to say');
    const onward = await chat.say('carry on');
    toldAsAParent(answer, [...unclear, ...again, ...onward]);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });

  it('asking to talk to a person gets the NSPCC helpline, not Childline', async () => {
    const chat = await parentOf('Leo', '12');
    const replies = await chat.say('can i talk to a real person');
    expect(said(replies)).toContain('0808 800 5000');
    expect(said(replies)).not.toMatch(CHILD_LINES);
  });

  it('a supporter after a disclosure gets the words for adults, and "dont tell anyone" is answered without Childline again', async () => {
    chat = await Transcript.start({ today: '2025-03-10', safeguarding: 'noLead' });
    await chat.say('Standard words');
    await chat.say("Yes, that's OK");
    await chat.say('im his support worker');
    await chat.say('Jay');
    await chat.say('16');
    await chat.say('No code');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const replies = await chat.say('his stepdad hits him when he gets home');
    const secret = await chat.say('please dont tell anyone yet');
    expect(said([...replies, ...secret])).toContain('0808 800 5000');
    toldAsAParent(replies, secret);
  });
});

describe('the answer a gentle check interrupted', () => {
  it('is asked again when the worry is no answer to it; the reply to the check is not plan content', async () => {
    const chat = await parentOf('Leo', '12');
    await chat.say(WORRYING);
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('sorry I missed that you asked if I was OK, yes we are fine, please stop giving me the Childline number, Im his mum');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = JSON.stringify(await chat.draft());
    // Not an answer to the question it interrupted: asked again, not kept.
    expect(draft).not.toContain(WORRYING);
    expect(draft).not.toMatch(/missed that you asked/);
  });

  it('two replies it cannot read move on, and neither reply nor the worry is stored', async () => {
    const chat = await parentOf('Leo', '12');
    await chat.say(WORRYING);
    const help = await chat.say('sorry what');
    expect(said(help)).not.toMatch(CHILD_LINES);
    await chat.say('i was just answering your question');
    await chat.say('it was about him not me');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = JSON.stringify(await chat.draft());
    expect(draft).not.toContain(WORRYING);
    expect(draft).not.toMatch(/sorry what|answering your question|about him not me/);
  });
});

describe('an answer typed at the check as if it were not there', () => {
  async function atWhatItWouldDo(): Promise<Transcript> {
    const started = await startWith({
      today: '2025-03-10',
      who: 'parent_carer',
      name: 'Leo',
      age: 12,
      schoolYear: 7,
      hopes: [{ text: 'Make a friend at school', theme: 'friends_and_community', needs: ['Busy places make him worried'] }],
    });
    chat = started.chat;
    await chat.say('say hello to one boy in his class by christmas');
    await chat.say('a teacher sees him talk to someone');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    return chat;
  }

  it('is kept as the answer to the interrupted question; the reply to the check and the confusion are not', async () => {
    const chat = await atWhatItWouldDo();
    await chat.say('everything is too much and im confused, what do you mean');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('he would be less tired and more ready to learn');
    const replies = await chat.say('sorry I missed that you asked if I was OK... please stop giving me the Childline number, Im his mum');
    expect(said(replies)).not.toMatch(CHILD_LINES);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('he could join a club');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toBe('he would be less tired and more ready to learn');
    expect(outcome.makesPossible).toBe('he could join a club');
    expect(JSON.stringify(outcome)).not.toMatch(/missed that you asked|confused/);
  });

  it('confusion that set off the check is no answer: after "we\'re fine" the question is asked again', async () => {
    const chat = await atWhatItWouldDo();
    await chat.say('everything is too much and im confused, what do you mean');
    await chat.say("we're fine thanks");
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.doesForMe ?? null).toBeNull();
  });
});

describe('"I\'m fine"', () => {
  it('is answered warmly with no help lines, and no check follows for a good while', async () => {
    chat = await throughWelcome({ name: 'Sam', age: 'Year 8' });
    await chat.say(WORRYING);
    const fine = await chat.say('yes im fine!! why do you keep asking that its just school');
    expect(said(fine)).not.toMatch(/Childline|0800 1111|999|Shout/);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const later = await chat.say('everything is too much at school and i dont really sleep before tests');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(said(later)).not.toContain(standard('safeguarding:gentle.question'));
  });
});

describe('a parent who answers a gentle check "we\'re fine"', () => {
  it('leaves no flag in the draft, even when they say more about the child', async () => {
    const chat = await parentOf('Leo', '12');
    await chat.say(WORRYING);
    await chat.say("we're fine, he is in nappies all day and night because of his delay");
    expect((await chat.draft())?.flags).toEqual([]);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});

describe('"Do you feel safe?" answered yes, with a worry that is not about being unsafe', () => {
  async function atSafeQuestion(): Promise<Transcript> {
    chat = await throughWelcome({ name: 'Mia', age: '12' });
    await chat.say('I am good at drawing');
    await chat.say('My rabbit');
    await chat.say('Let me have a break when I need one');
    expect(chat.step).toBe(Step.aboutMeSafe);
    return chat;
  }

  it('gets a warm word, no crisis answer and no flag, and moves on', async () => {
    const chat = await atSafeQuestion();
    const replies = await chat.say('yeah. but i get really stressed and cry in maths sometimes');
    expect(said(replies)).not.toMatch(/999|Childline|0800 1111/);
    expect(said(replies)).toContain(standard('aboutMe:safe.yesWorried'));
    expect((await chat.draft())?.flags).toEqual([]);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('then "am i in trubble now? is someone going to call my mum" is answered truly, and not kept as a dream', async () => {
    const chat = await atSafeQuestion();
    await chat.say('yeah. but i get really stressed and cry in maths sometimes');
    const replies = await chat.say('wait what?? am i in trubble now? is someone going to call my mum');
    expect(said(replies)).toContain(standard('safeguarding:notInTroubleNobodyTold'));
    expect(said(replies)).not.toMatch(/999/);
    expect(chat.step).toBe(Step.hopesDream);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/trubble/);
  });

  it('"yes but not at school" is still "not always"', async () => {
    const chat = await atSafeQuestion();
    const replies = await chat.say('yes but not at school');
    expect(said(replies)).toMatch(/999/);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});

describe('after the safety answer, a young person who is scared of what happens next', () => {
  it('hears they are not in trouble, and "im not in danger" never brings 999 again', async () => {
    chat = await throughWelcome({ name: 'Mia', age: '12' });
    await chat.say('I am good at drawing');
    await chat.say('My rabbit');
    await chat.say('Let me have a break when I need one');
    const first = await chat.say('not always');
    expect(said(first)).toMatch(/999/);
    const worried = await chat.say('wait what?? im not in danger... am i in trubble now? is someone going to call my mum');
    expect(said(worried)).toContain(standard('safeguarding:notInTrouble'));
    expect(said(worried)).not.toMatch(/999/);
    const next = await chat.say('ok');
    expect(said(next)).not.toMatch(/999/);
  });
});
