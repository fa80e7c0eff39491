import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';

/*
 * The safeguarding answer fits who is chatting, the young person's age and what was said: a
 * parent of a young child is spoken to as a parent (what they can do, who to tell), a parent's
 * words about their child hurting themselves when upset are a worry passed on and a need for the
 * plan, and an adult of 19 or more is given the lines for adults first, with Childline named only
 * as the line for under-19s. Every detection names Childline (0800 1111), Shout (85258) and 999 as
 * the design requires, saying who each is for, asks `safeguarding.check` and flags the draft; help
 * and "talk to a person" offer an adult the lines that are theirs.
 */

const standard = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
const EASY_READ_MAX_WORDS = 15;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const sentences = (text: string) => text.split(/(?<=[.?!:])\s+|\n/).map((s) => s.trim()).filter(Boolean);

/** The design's lines, in any wording: Childline, Shout and 999. */
function namesTheDesignsLines(text: string): void {
  expect(text).toContain('0800 1111');
  expect(text).toContain('85258');
  expect(text).toContain('999');
}

/** A young child's own self-injury, told by a parent: 999 if badly hurt, never a line the child would have to ring himself. */
function noLinesForTheChild(text: string): void {
  expect(text).toContain('999');
  expect(text).not.toMatch(/0800 1111|85258|116 123/);
}

/** Typed as a parent types the welcome, arriving at the first about-me question. */
async function parentOf(name: string, age: string, options: { mode?: string; lead?: boolean } = {}): Promise<Transcript> {
  const c = await Transcript.start({ today: '2025-03-10', safeguarding: options.lead ? 'lead' : 'noLead' });
  for (const typed of [options.mode ?? 'normal words please', 'yes thats fine', `im ${name === 'Leo' ? 'his' : 'her'} mum`, name, age, 'no']) await c.say(typed);
  expect(c.step).toBe(Step.aboutMeStrengths);
  return c;
}

/** Typed as a young person types the welcome. */
async function youngPerson(age: string, mode = 'normal'): Promise<Transcript> {
  const c = await Transcript.start({ today: '2025-03-10', safeguarding: 'noLead' });
  for (const typed of [mode, 'yes', 'me', 'Jo', age, 'no']) await c.say(typed);
  expect(c.step).toBe(Step.aboutMeStrengths);
  return c;
}

/** A parent of a five-year-old, through about me and hopes, at "what makes this hard?". */
async function parentAtNeeds(mode?: string): Promise<Transcript> {
  const c = await parentOf('Leo', 'he is 5', mode ? { mode } : {});
  for (const typed of ['he is funny and loves trains', 'his trains and his mum', 'talk slowly and show him pictures', 'to talk more']) await c.say(typed);
  for (let i = 0; i < 6 && c.step?.startsWith('hopes.'); i++) await c.say('no');
  expect(c.step).toBe(Step.needsBarrier);
  return c;
}

describe('a parent of a five-year-old tells of other children', () => {
  it('is answered as a parent: the teacher and the safeguarding lead, the lines each for whom they are, flagged', async () => {
    chat = await parentOf('Amira', 'she is 5', { lead: true });
    const replies = said(await chat.say('older kids bully her and call her a baby'));
    expect(replies).toContain(standard('safeguarding:parent.bullying.heard'));
    expect(replies).toMatch(/teacher or the school's safeguarding lead/);
    expect(replies).toContain(standard('safeguarding:parent.leadWillKnow'));
    namesTheDesignsLines(replies);
    expect(replies).toContain(standard('safeguarding:parent.childline'));
    // None of the words written for a child who is bullied.
    expect(replies).not.toMatch(/form tutor|head of year|your things|adult you trust|Childline: call|You can also talk to Childline/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:checkParent.question'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
    // The offer to be found asks for the parent's name and the child's, not "your school".
    await chat.say('yes we are ok');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:parent.contactQuestion'));
    await chat.say('no thanks');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  // Called "a baby" once, with no hurt or bullying named, is friendships (a need), never the crisis answer nor a note.
  it('"some kids say she is baby", as she typed it, is heard kindly, with no crisis answer and no flag', async () => {
    chat = await parentOf('Amira', 'shes 5');
    const replies = said(await chat.say('some kids say she is baby'));
    expect(replies).toContain(standard('needs:childLeftOut'));
    expect(replies).not.toMatch(/0808 800 5000|999/);
    expect(replies).not.toMatch(/lovely to hear/);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.aboutMe.strengths).toHaveLength(0);
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it('"some kids say she is funny" is what people admire, with no flag', async () => {
    chat = await parentOf('Amira', 'shes 5');
    await chat.say('some kids say she is funny');
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.flags).toHaveLength(0);
  });

  it('in easy read, hears short sentences for a parent with the same lines', async () => {
    chat = await parentOf('Amira', 'she is 5', { mode: 'easy read' });
    const replies = said(await chat.say('older kids bully her and call her a baby'));
    expect(replies).toContain(easy('safeguarding:parent.bullying.tellSchool'));
    namesTheDesignsLines(replies);
    for (const sentence of sentences(replies)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(EASY_READ_MAX_WORDS);
    expect(replies).not.toMatch(/form tutor|adult you trust/);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
  });
});

describe("a parent tells of their autistic child hurting himself when upset", () => {
  it('at "what makes this hard?": passed on, kindly, and kept as a need when they carry on', async () => {
    chat = await parentAtNeeds();
    const replies = said(await chat.say('he hits himself in the head when he is upset, hes autistic'));
    expect(replies).toContain(standard('safeguarding:parent.selfInjury.heard'));
    expect(replies).toContain(standard('safeguarding:parent.selfInjury.noted'));
    expect(replies).toContain(standard('safeguarding:parent.selfInjury.needKept'));
    // Leo is 5: in proportion, with no "are you safe right now?" on top.
    noLinesForTheChild(replies);
    expect(replies).not.toMatch(/safe right now/);
    // Not the crisis answer written for a young person.
    expect(replies).not.toMatch(/not your fault|If you are in danger|Childline: call|Shout: text/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
    await chat.say('ok carry on');
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(/hits himself in the head when he is upset/);
    expect(draft?.flags).toHaveLength(1);
  });

  it('with a safeguarding lead, the parent is told it will be passed on', async () => {
    chat = await parentOf('Leo', 'he is 5', { lead: true });
    const replies = said(await chat.say('he bangs his head on the floor when hes overwhelmed'));
    expect(replies).toContain(standard('safeguarding:parent.selfInjury.passOn'));
    // Not at a needs question: it can be a need, and nothing is kept as what people admire.
    expect(replies).toContain(standard('safeguarding:parent.selfInjury.need'));
    expect(replies).not.toMatch(/safe right now/);
    await chat.say('no thanks');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const draft = await chat.draft();
    expect(draft?.aboutMe.strengths.join(' ')).not.toMatch(/bangs/);
    expect(draft?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });

  it('in easy read, short sentences', async () => {
    chat = await parentAtNeeds('easy read');
    const replies = said(await chat.say('he hits himself when he cant tell us whats wrong'));
    expect(replies).toContain(easy('safeguarding:parent.selfInjury.needKept'));
    noLinesForTheChild(replies);
    for (const sentence of sentences(replies)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(EASY_READ_MAX_WORDS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('cutting is no need of the plan: the full answer for a parent, and nothing kept', async () => {
    chat = await parentAtNeeds();
    const replies = said(await chat.say('she has started cutting her arms when she is upset'));
    expect(replies).not.toContain(standard('safeguarding:parent.selfInjury.heard'));
    expect(replies).toContain('0808 800 5000');
    namesTheDesignsLines(replies);
    await chat.say('yes we are safe');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.needs.map((n) => n.text).join(' ')).not.toMatch(/cutting/);
  });
});

describe('a young adult of 21', () => {
  it('gets the lines for adults and adult social care first, Childline as the line for someone under 19 they know', async () => {
    chat = await youngPerson('im 21');
    const replies = said(await chat.say('i want to die sometimes'));
    for (const key of ['samaritans', 'shout', 'nhs111', 'adultSocialCare', 'danger']) expect(replies).toContain(standard(`safeguarding:${key}`));
    namesTheDesignsLines(replies);
    expect(replies).toContain(standard('safeguarding:childlineForOthers'));
    expect(replies).not.toContain(standard('safeguarding:childline'));
    expect(replies.indexOf('116 123')).toBeLessThan(replies.indexOf('0800 1111'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
    const notSafe = said(await chat.say('no not really'));
    expect(notSafe).toMatch(/Samaritans/);
    expect(notSafe).not.toMatch(/Childline|trusted adult/);
  });

  it('bullied at work, in easy read: someone they trust, Shout and Samaritans, Childline as the line for someone under 19 they know', async () => {
    chat = await youngPerson('21', 'easy read');
    const replies = said(await chat.say('people at work call me names and laugh at me'));
    expect(replies).toContain(easy('safeguarding:childlineForOthers'));
    expect(replies).not.toContain(easy('safeguarding:childline'));
    expect(replies).not.toMatch(/adult you trust|form tutor/);
    expect(replies).toContain('85258');
    expect(replies).toContain('116 123');
    expect(replies).toContain('999');
    for (const sentence of sentences(replies)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(EASY_READ_MAX_WORDS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
  });

  it('at 19, "i want to die sometimes" then help and "talk to a person": Samaritans; Childline as the line for someone under 19 they know', async () => {
    chat = await youngPerson('19');
    const replies = said(await chat.say('i want to die sometimes'));
    expect(replies).toContain(standard('safeguarding:samaritans'));
    expect(replies).toContain(standard('safeguarding:childlineForOthers'));
    const more = said([...(await chat.say('help')), ...(await chat.say('can i talk to a real person'))]);
    expect(more).not.toMatch(/Childline|0800 1111/);
    expect(more).toMatch(/116 123/);
  });

  it('at 18 Childline is still told as theirs until 19, beside the lines for adults', async () => {
    chat = await youngPerson('18');
    const replies = said(await chat.say('i want to die sometimes'));
    expect(replies).toContain(standard('safeguarding:childlineUnder19'));
    expect(replies).toContain(standard('safeguarding:samaritans'));
  });

  it('a 15-year-old still hears Childline as their own line', async () => {
    chat = await youngPerson('15');
    const replies = said(await chat.say('i want to die sometimes'));
    expect(replies).toContain(standard('safeguarding:childline'));
    expect(replies).not.toContain(standard('safeguarding:childlineUnder19'));
  });
});

describe('a parent talking of themselves, or of a child of 19 or more', () => {
  it('"she will be better off when I\'m gone": the lines for the parent themselves first, flagged', async () => {
    chat = await parentOf('Amira', 'she is 5');
    const replies = said(await chat.say("honestly she will be better off when I'm gone"));
    for (const key of ['samaritans', 'shout', 'nhs111', 'danger']) expect(replies).toContain(standard(`safeguarding:${key}`));
    expect(replies).not.toContain(standard('safeguarding:childline'));
    expect(replies.indexOf('116 123')).toBeLessThan(replies.indexOf('0800 1111'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });

  it('leave alone: "she keeps saying she wants to die" is the child\'s worry: her own line, Childline, is kept', async () => {
    chat = await parentOf('Amira', 'she is 15');
    const replies = said(await chat.say('she keeps saying she wants to die'));
    expect(replies).toContain(standard('safeguarding:parent.childline'));
  });

  it('"he said i want to kill myself" passed on by a parent gets the lines for a worried parent, not the parent\'s own', async () => {
    chat = await parentOf('Leo', 'he is 14');
    const replies = said(await chat.say('he said i want to kill myself'));
    expect(replies).toContain(standard('safeguarding:parent.nspcc'));
    expect(replies).toContain(standard('safeguarding:parent.childline'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });

  it('a parent of a 20-year-old is never told of Childline as her own line', async () => {
    chat = await parentOf('Amira', 'she is 20');
    const told = await chat.say('people at her day centre hit her');
    const gentle = chat.lastQuestion?.activity.text === standard('safeguarding:gentle.question');
    const replies = said(gentle ? [...told, ...(await chat.say('not really'))] : told);
    expect(replies).not.toContain(standard('safeguarding:childline'));
    expect(replies).not.toMatch(/her own line|their own line/);
    expect(replies).toContain('999');
  });
});
