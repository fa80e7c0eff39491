import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { TODAY } from './throughWelcome';

/*
 * What the bot says after a possible disclosure, and how it understands the answers. Typed in
 * people's own words; the concern each disclosure leaves for the safeguarding leads is checked in
 * the real concern store.
 */

const standard = createWords().forMode('standard');
const DISCLOSURE = 'my stepdad touches me at night';
/** A worry of another kind, after the first was answered. */
const SECOND_DISCLOSURE = 'sometimes i cut myself when things get bad';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '');
const said = (replies: Partial<Activity>[]) => texts(replies).join('\n');

async function welcomed(options: { safeguarding: 'lead' | 'noLead'; who?: string; name?: string; age?: string }): Promise<{ chat: Transcript; welcome: string }> {
  const started = await Transcript.start({ today: TODAY, safeguarding: options.safeguarding });
  chat = started;
  const welcome = said(await started.say('Standard words'));
  await started.say("Yes, that's OK");
  await started.say(options.who ?? 'Me, about myself');
  await started.say(options.name ?? 'Sam');
  await started.say(options.age ?? 'Year 10');
  await started.say('No code');
  expect(started.step).toBe(Step.aboutMeStrengths);
  return { chat: started, welcome };
}

describe('the welcome', () => {
  it('with a safeguarding lead, says plainly in a young person\'s words that a worry is passed on to an adult who keeps them safe, and promises no secrecy', async () => {
    const { welcome } = await welcomed({ safeguarding: 'lead' });
    expect(welcome).toContain(standard('welcome:consent.worryLead'));
    expect(welcome).toMatch(/pass it on/);
    expect(welcome).toMatch(/adult whose job is to keep you safe/);
    expect(welcome).toMatch(/can't keep that a secret/);
    // Child-facing: no word like "safeguarding" a young person may not know.
    expect(welcome).not.toMatch(/safeguarding/i);
    expect(welcome).not.toMatch(/won't tell|will not tell|between us/i);
  });

  it('in easy read, says the same in short sentences', async () => {
    const easy = createWords().forMode('easy_read');
    const started = await Transcript.start({ today: TODAY, safeguarding: 'lead' });
    chat = started;
    const welcome = said(await started.say('easy read please'));
    expect(welcome).toContain(easy('welcome:consent.worryLead'));
    expect(welcome).toMatch(/I will tell a safe adult\. Their job is to keep you safe\./);
    expect(welcome).toMatch(/I cannot keep that a secret/);
  });

  it('without one, says the worry is noted for the key worker, and does not speak of a lead', async () => {
    const { welcome } = await welcomed({ safeguarding: 'noLead' });
    expect(welcome).toContain(standard('welcome:consent.worry'));
    expect(welcome).toMatch(/make a note of it/);
    expect(welcome).not.toMatch(/safeguarding lead/);
  });

  it.each([
    ['lead', 'welcome:who.adultWorryLead', /safeguarding lead at their school or service/],
    ['noLead', 'welcome:who.adultWorry', /make a note of it/],
  ] as const)('with %s, tells a parent in words for adults once they say who is chatting', async (safeguarding, key, words) => {
    const started = await Transcript.start({ today: TODAY, safeguarding });
    chat = started;
    await started.say('Standard words');
    await started.say("Yes, that's OK");
    const afterWho = said(await started.say("i'm his mum"));
    expect(afterWho).toContain(standard(key));
    expect(afterWho).toMatch(words);
    expect(started.step).toBe(Step.welcomeName);
  });

  it('a young person hears it once, at consent, not again after saying who they are', async () => {
    const started = await Transcript.start({ today: TODAY, safeguarding: 'lead' });
    chat = started;
    await started.say('Standard words');
    await started.say("Yes, that's OK");
    const afterWho = said(await started.say('just me'));
    expect(afterWho).not.toContain(standard('welcome:who.adultWorryLead'));
  });

  it('a parent who says so before consent hears it too', async () => {
    const started = await Transcript.start({ today: TODAY, safeguarding: 'lead' });
    chat = started;
    await started.say('Standard words');
    await started.say("I'm his mum, he's called Leo");
    const afterConsent = said(await started.say('yes ok'));
    expect(afterConsent).toContain(standard('welcome:who.adultWorryLead'));
  });
});

describe('after a disclosure', () => {
  it('records the concern with the message, the one before and the question; says a lead will know', async () => {
    const { chat } = await welcomed({ safeguarding: 'lead' });
    const replies = await chat.say(DISCLOSURE);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(texts(replies)).toContain(standard('safeguarding:leadWillKnow'));
    expect(texts(replies)).toContain(standard('safeguarding:childline'));
    const listed = await chat.concerns!.list();
    // One disclosure, one concern: the end of the turn does not raise it again.
    expect(listed).toHaveLength(1);
    const concern = await chat.concerns!.get(listed[0]!.id);
    expect(concern).toMatchObject({
      category: 'sexual_abuse',
      step: Step.aboutMeStrengths,
      message: DISCLOSURE,
      previousMessage: 'No code',
      question: standard('aboutMe:strengths.question'),
      person: { name: 'Sam', schoolYear: 10, who: 'self' },
    });
    // The draft's flag is as DESIGN.md has it.
    expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'sexual_abuse', step: Step.aboutMeStrengths })]);
  });

  it('"I\'m OK" after a false alarm gets a warm reply and the way back, with no 999', async () => {
    const { chat } = await welcomed({ safeguarding: 'lead' });
    await chat.say(DISCLOSURE);
    const ok = await chat.say("I'm OK, it was a false alarm");
    expect(texts(ok)).toContain(standard('safeguarding:glad'));
    expect(said(ok)).not.toContain('999');
    expect(chat.step).toBe(Step.safeguardingContact);
    const declined = await chat.say('no thanks');
    expect(texts(declined)).toContain(standard('safeguarding:contact.fine'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOn.question'));
    await chat.say('im fine');
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it.each([
    ["I'm in danger", 'in danger now'],
    ['not really', 'not safe'],
    ["I'm not sure", 'unsure'],
  ])('says 999 when they say %j (%s)', async (answer) => {
    const { chat } = await welcomed({ safeguarding: 'noLead' });
    await chat.say(DISCLOSURE);
    const reply = await chat.say(answer);
    expect(texts(reply)).toContain(standard('safeguarding:urgent'));
    expect(said(reply)).toContain('999');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOn.question'));
  });

  it('"yeah" is "yes, I\'m safe", and "carry on" at the safety question goes straight back', async () => {
    const { chat } = await welcomed({ safeguarding: 'noLead' });
    await chat.say(DISCLOSURE);
    expect(texts(await chat.say('yeah'))).toContain(standard('safeguarding:glad'));
    await chat.say('carry on');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    // Another worry (the same one told again gets a short reminder instead: safeguardingKai.test.ts).
    await chat.say(SECOND_DISCLOSURE);
    await chat.say('carry on');
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it('an answer it cannot read is asked once more, then it moves on kindly, never with 999', async () => {
    const { chat } = await welcomed({ safeguarding: 'noLead' });
    await chat.say(DISCLOSURE);
    const first = await chat.say('why do you ask');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:checkAgain'));
    const second = await chat.say('purple');
    expect(texts(second)).toContain(standard('safeguarding:checkMoveOn'));
    expect(said([...first, ...second])).not.toContain('999');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOn.question'));
  });

  it('answers "please don\'t tell anyone" truthfully, with a lead and without', async () => {
    const withLead = await welcomed({ safeguarding: 'lead' });
    const toldLead = await withLead.chat.say(`${DISCLOSURE}, please dont tell anyone`);
    expect(texts(toldLead)).toContain(standard('safeguarding:secret.lead'));
    await withLead.chat.close();
    chat = undefined;

    const noLead = await welcomed({ safeguarding: 'noLead' });
    await noLead.chat.say(DISCLOSURE);
    const toldNoLead = await noLead.chat.say('you wont tell anyone will you');
    expect(texts(toldNoLead)).toContain(standard('safeguarding:secret.noLead'));
    expect(said(toldNoLead)).not.toMatch(/safeguarding lead/);
    // The question is still open: the person has not said whether they are safe.
    expect(noLead.chat.lastQuestion?.activity.text).toBe(standard('safeguarding:check.question'));
    const trouble = await noLead.chat.say('will my stepdad get in trouble?');
    expect(texts(trouble)).toContain(standard('safeguarding:trouble'));
    expect(said(trouble)).not.toMatch(/won't get in trouble|will not get in trouble|nobody will/i);
  });

  it('on anonymous web chat, takes a name and school when they choose to give them', async () => {
    const { chat } = await welcomed({ safeguarding: 'lead' });
    await chat.say(DISCLOSURE);
    await chat.say("I'm safe");
    expect(chat.step).toBe(Step.safeguardingContact);
    await chat.say('yes');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:contact.askDetails'));
    await chat.say('Sam Patel, Hillside School');
    const [summary] = await chat.concerns!.list();
    expect(summary?.person.contact).toBe('Sam Patel, Hillside School');
    // Nothing they gave here is put into their plan.
    expect(JSON.stringify(await chat.draft())).not.toContain('Hillside');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOn.question'));
    await chat.say('carry on');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    // Asked once: a second disclosure does not ask again.
    await chat.say(SECOND_DISCLOSURE);
    await chat.say("I'm safe");
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

describe('the offer to give a name and school', () => {
  it('takes "carry on" as no thanks and goes straight back to the plan', async () => {
    const { chat } = await welcomed({ safeguarding: 'lead' });
    await chat.say(DISCLOSURE);
    await chat.say("I'm safe");
    expect(chat.step).toBe(Step.safeguardingContact);
    await chat.say('Carry on');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const [summary] = await chat.concerns!.list();
    expect(summary?.person.contact).toBeUndefined();
  });
});

describe('a parent or carer', () => {
  it('gets the NSPCC helpline for parents, Childline only as the child\'s own line, and is asked about them and their child', async () => {
    const { chat } = await welcomed({ safeguarding: 'noLead', who: 'A parent or carer', name: 'Maisie', age: '3' });
    const replies = await chat.say('my toddler hits me when he is frustrated');
    expect(said(replies)).toContain('0808 800 5000');
    // The design's lines are all named, each said for whom it is: Childline for children themselves, Shout for the parent.
    expect(said(replies)).toContain(standard('safeguarding:parent.childline'));
    expect(said(replies)).toContain(standard('safeguarding:parent.shout'));
    expect(said(replies)).not.toContain(standard('safeguarding:childline'));
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:checkParent.question'));
    const safe = await chat.say("yes we're fine");
    expect(texts(safe)).toContain(standard('safeguarding:parent.glad'));
    expect(said(safe)).not.toMatch(/Childline/);
  });
});
