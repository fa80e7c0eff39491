import { readFileSync } from 'node:fs';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { TODAY, throughAboutMe } from './throughWelcome';

/*
 * The key turns of a chat with a 13-year-old in Year 8 whose lunch money older boys keep taking at
 * the bus stop, typed as he typed them: "I'm OK" does not end harm by others, the help fits his age
 * and the harm, "are you safe?" is asked once and "im at home" heard, his questions about getting
 * help are answered, and saying it again in his plan keeps his words with no second crisis answer.
 */

const standard = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
const BARRIER =
  'the hall is really loud and everyone has to go there. also i dont have money for lunch most days cos some older boys at the bus stop keep taking it. i dont really want to go to school cos of them';
/** "Nobody reads this chat": the bot never offers itself as someone to tell. */
const TELL_ME = /you can tell me|tell me whenever|tell me if/i;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

async function kai(options: { safeguarding: 'lead' | 'noLead'; mode?: 'Standard words' | 'Easy read'; who?: string; age?: string } = { safeguarding: 'lead' }): Promise<Transcript> {
  chat = await Transcript.start({ today: TODAY, safeguarding: options.safeguarding });
  await chat.say(options.mode ?? 'Standard words');
  await chat.say("Yes, that's OK");
  await chat.say(options.who ?? 'Me, about myself');
  await chat.say('Kai');
  await chat.say(options.age ?? 'year 8');
  await chat.say('No code');
  expect(chat.step).toBe(Step.aboutMeStrengths);
  return chat;
}

/** On to "What makes this hard for you?" for the hope of having friends. */
async function atBarrier(chat: Transcript): Promise<void> {
  await throughAboutMe(chat);
  await chat.say('to have more friends');
  await chat.say('no');
  // Other themes may be asked about first: none for now.
  for (let i = 0; i < 6 && chat.step?.startsWith('hopes.'); i++) await chat.say('no');
  expect(chat.step).toBe(Step.needsBarrier);
}

describe('"ye im ok" after telling of older boys taking his money', () => {
  it('still gets help that fits once, one bullying flag at the question he answered, and his answer is kept', async () => {
    const chat = await kai();
    await atBarrier(chat);
    const check = await chat.say(BARRIER);
    expect(said(check)).toContain(standard('safeguarding:gentle.question'));
    const ok = await chat.say('ye im ok. its just annoying');
    const words = said(ok);
    expect(words).toContain(standard('safeguarding:okHeard'));
    expect(words).toContain(standard('safeguarding:bullying.tellAdult'));
    expect(words).toMatch(/form tutor/);
    expect(words).toMatch(/chat online at childline\.org\.uk/);
    expect(words).toContain(standard('safeguarding:leadWillKnow'));
    // He has just said he is OK: not asked "are you safe right now?" on top, and never told to tell the bot.
    expect(words).not.toContain(standard('safeguarding:check.question'));
    expect(words).not.toMatch(TELL_ME);
    // Anonymous web chat with a lead: the offer to give his name, then straight back to his plan.
    expect(chat.step).toBe(Step.safeguardingContact);
    // Back at his question, only the part beside the harm is offered back; his yes keeps it.
    const back = await chat.say('no thanks');
    expect(chat.step).toBe(Step.needsBarrier);
    expect(said(back)).toMatch(/You said: ".*loud/);
    expect(said(back)).not.toMatch(/older boys/);
    await chat.say('yes');
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(1);
    expect(draft?.flags[0]).toMatchObject({ category: 'bullying', step: Step.needsBarrier });
    expect(JSON.stringify(draft?.needs)).toMatch(/loud/);
    expect(JSON.stringify(draft)).not.toMatch(/older boys|money/);
    const concerns = await chat.concerns!.list();
    expect(concerns).toHaveLength(1);
    expect(await chat.concerns!.get(concerns[0]!.id)).toMatchObject({ category: 'bullying', step: Step.needsBarrier });
  });

  it('a worry that is only a feeling ("everything is too much") is left at "I\'m OK": no help lines, no flag', async () => {
    const chat = await kai();
    await atBarrier(chat);
    await chat.say('everything is too much and i dont really sleep');
    const ok = await chat.say('ye im ok');
    expect(said(ok)).toContain(standard('safeguarding:gentle.glad'));
    expect(said(ok)).not.toMatch(/Childline|0800 1111/);
    expect(said(ok)).not.toMatch(TELL_ME);
    expect((await chat.draft())?.flags).toHaveLength(0);
  });

  it('after an "I\'m OK" to something else, harm by others said later is still checked', async () => {
    const chat = await kai();
    await throughAboutMe(chat);
    await chat.say('everything is too much');
    await chat.say('im ok');
    await chat.say('to have more friends');
    await chat.say('no');
    for (let i = 0; i < 6 && chat.step?.startsWith('hopes.'); i++) await chat.say('no');
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say(BARRIER);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

describe('the same harm said again, and his questions', () => {
  it('no second check or crisis answer, a short reminder, his words kept; questions answered and never stored or read as stop', async () => {
    const chat = await kai();
    await atBarrier(chat);
    await chat.say(BARRIER);
    await chat.say('ye im ok. its just annoying');
    await chat.say('no thanks');
    await chat.say('yes');
    expect(chat.step).toBe(Step.needsHelps);
    // Possible only (the classifier's): the same concern is not checked again.
    const again = await chat.say('club finishes late and the older boys are at the bus stop then so i dont really want to go');
    expect(said(again)).not.toContain(standard('safeguarding:gentle.question'));
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    // Help with a need beside it is an answer to the plan question, never about the help lines.
    const calls = await chat.say('help with the application n interview. i cant do phone calls');
    expect(said(calls)).not.toContain(standard('safeguarding:followUp.phones'));
    expect(said(calls)).not.toMatch(/SHOUT|have to phone/);
    expect(JSON.stringify(await chat.draft())).toMatch(/application n interview/);
    const open = chat.step;
    const phones = await chat.say('do i have to ring them. i dont like phones');
    expect(said(phones)).toContain(standard('safeguarding:followUp.phones'));
    const tell = await chat.say('who should i tell about the bus stop boys');
    expect(said(tell)).toContain(standard('safeguarding:followUp.whoToTell'));
    expect(said(tell)).not.toMatch(/code to come back/i);
    const patel = await chat.say('should i tell mr patel about the bus stop boys');
    expect(said(patel)).toContain(standard('safeguarding:followUp.tellNamed'));
    const sees = await chat.say('will the school see the bit about the bus stop boys');
    // His words about the bus stop are kept as a hard thing, so the copy is not "for anyone".
    expect(said(sees)).toContain(standard('safeguarding:followUp.whoSeesLeadMayHold'));
    const mum = await chat.say('is someone going to call my mum');
    // Asked who will be told, he hears who sees it and that a safe adult talks with him first.
    expect(said(mum)).toContain(standard('safeguarding:followUp.whoSeesNamedLead', { whom: 'your mum' }));
    expect(chat.step).toBe(open);
    const draft = await chat.draft();
    expect(JSON.stringify(draft)).not.toMatch(/mr patel|ring them|school see/i);
    // Said again plainly, as a need he wants help with: a short reminder, his words go on to the question.
    const plan = await chat.say('older boys at the bus stop take my money so i dont want to go to school. i want someone to help with that');
    expect(said(plan)).toContain(standard('safeguarding:reminder.lead'));
    expect(said(plan)).not.toContain(standard('safeguarding:samaritans'));
    expect(said(plan)).not.toContain(standard('safeguarding:check.question'));
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const after = await chat.draft();
    expect(after?.flags).toHaveLength(1);
    expect(JSON.stringify(after)).toMatch(/someone to help with that/);
    expect(JSON.stringify([after?.needs, after?.aspirations, after?.outcomes])).not.toMatch(/take my money/);
    expect(await chat.concerns!.list()).toHaveLength(1);
  });
});

describe('what counts as told again', () => {
  it('"not always" at "do you feel safe?" does not make a later, different worry a repeat: the full answer again', async () => {
    const chat = await kai({ safeguarding: 'noLead' });
    await chat.say('I am kind');
    await chat.say('My dog');
    await chat.say('Give me time to answer');
    expect(chat.step).toBe(Step.aboutMeSafe);
    await chat.say('not always');
    await chat.say('yes im safe');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.hopesDream);
    const told = await chat.say('my uncle says i have to marry a man back home next summer');
    expect(said(told)).toContain(standard('safeguarding:samaritans'));
    expect(said(told)).not.toContain(standard('safeguarding:reminder.noLead'));
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:check.question'));
  });
});

describe('"Are you safe right now?"', () => {
  it.each(['im at home', 'yeah at home now', "i'm in my room"])('hears %j as safe after bullying, and asks no more', async (where) => {
    const chat = await kai({ safeguarding: 'noLead' });
    const told = await chat.say('older boys keep taking my money at the bus stop');
    expect(said(told)).toContain(standard('safeguarding:bullying.tellAdult'));
    // Trusted adults and Childline first; the crisis lines after them.
    const text = said(told);
    expect(text.indexOf('Childline')).toBeLessThan(text.indexOf('Samaritans'));
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:check.question'));
    const safe = await chat.say(where);
    expect(said(safe)).toContain(standard('safeguarding:glad'));
    expect(said(safe)).not.toMatch(/999|Are you safe/);
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOn.question'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
  });

  it('"you already asked me that" is a complaint, not a no: sorry, no 999, not asked again', async () => {
    const chat = await kai({ safeguarding: 'noLead' });
    await chat.say('older boys keep taking my money at the bus stop');
    const complaint = await chat.say('you already asked me that');
    expect(said(complaint)).toContain(standard('safeguarding:alreadyAsked'));
    expect(said(complaint)).not.toMatch(/999/);
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOn.question'));
  });

  it('"ye. do i have to ring them. i dont like phones" is a yes and a question, both answered; "who should i tell" never stops', async () => {
    const chat = await kai({ safeguarding: 'noLead' });
    await chat.say('older boys keep taking my money at the bus stop');
    const answer = await chat.say('ye. do i have to ring them. i dont like phones');
    expect(said(answer)).toContain(standard('safeguarding:followUp.phones'));
    expect(said(answer)).toContain(standard('safeguarding:glad'));
    const who = await chat.say('who should i tell about the bus stop boys');
    expect(said(who)).toContain(standard('safeguarding:followUp.whoToTell'));
    expect(said(who)).not.toMatch(/code to come back/i);
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOn.question'));
    const sees = await chat.say('i asked a question. who sees it');
    expect(said(sees)).toContain(standard('safeguarding:followUp.whoSeesNoLead'));
    await chat.say('carry on');
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it('in easy read, the help for bullying is in easy-read words', async () => {
    const chat = await kai({ safeguarding: 'noLead', mode: 'Easy read' });
    const told = await chat.say('older boys keep taking my money at the bus stop');
    expect(said(told)).toContain(easy('safeguarding:bullying.tellAdult'));
    expect(said(told)).toContain(easy('safeguarding:bullying.childline'));
  });
});

describe('a 16-year-old who hints at self-harm', () => {
  it('gets Samaritans, Shout, Childline and 999; "i\'m in my room" is noted kindly, not taken as safe, and never asked again', async () => {
    const chat = await kai({ safeguarding: 'lead', age: '16' });
    const told = await chat.say('sometimes i cut myself when things get bad');
    for (const key of ['samaritans', 'shout', 'childline', 'danger', 'leadWillKnow']) expect(said(told)).toContain(standard(`safeguarding:${key}`));
    expect(said(told)).not.toContain(standard('safeguarding:bullying.tellAdult'));
    const where = await chat.say("i'm in my room");
    expect(said(where)).toContain(standard('safeguarding:whereNoted'));
    expect(said(where)).not.toContain(standard('safeguarding:check.question'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });
});

describe('a 16-year-old who says it again at "Do you feel safe?"', () => {
  it('gets the short reminder and moves on: no second full answer, no second flag', async () => {
    const chat = await kai({ safeguarding: 'lead', age: '16' });
    await chat.say('idk. lately i dont see the point of much and i scratch my arms when its bad');
    await chat.say('yeah im at home');
    const who = await chat.say('who should i tell. not my parents');
    expect(said(who)).toContain(standard('safeguarding:followUp.whoToTellAtSchool'));
    await chat.say('no thanks');
    await chat.say('carry on');
    await chat.say('I am kind');
    await chat.say('My dog');
    await chat.say('listen to me and dont rush me');
    expect(chat.step).toBe(Step.aboutMeSafe);
    const again = await chat.say('sometimes i scratch my arms still but its ok');
    expect(said(again)).toContain(standard('safeguarding:reminder.lead'));
    expect(said(again)).not.toContain(standard('safeguarding:samaritans'));
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});

describe('a parent', () => {
  it('keeps the words for adults: the NSPCC, Childline only as the child\'s own line, and "who should i tell" answered for a parent', async () => {
    const chat = await kai({ safeguarding: 'noLead', who: 'A parent or carer', age: '9' });
    const check = await chat.say('older boys keep taking his money at the bus stop and he is scared to go to school');
    const told = chat.lastQuestion?.activity.text === standard('safeguarding:gentle.question') ? [...check, ...(await chat.say('not really'))] : check;
    expect(said(told)).toContain('0808 800 5000');
    const who = await chat.say('who should i tell about it?');
    expect(said(who)).toContain(standard('safeguarding:parent.whoToTell'));
    expect(said(told)).toContain(standard('safeguarding:parent.childline'));
    expect(said(told)).not.toContain(standard('safeguarding:childline'));
    expect(said(told)).not.toContain(standard('safeguarding:shout'));
    expect(said(who)).not.toMatch(/Childline|Shout/);
  });
});

describe('nobody reads this chat', () => {
  it('no safeguarding or feeling-safe words offer the bot as someone to tell', () => {
    for (const register of ['standard', 'easy-read']) {
      for (const file of ['safeguarding', 'aboutMe']) {
        const text = readFileSync(`content/en-GB/${register}/${file}.json`, 'utf8');
        expect(text, `${register}/${file}`).not.toMatch(/tell me (?:or|whenever|any time|if)|you can tell me\b/i);
      }
    }
  });
});
