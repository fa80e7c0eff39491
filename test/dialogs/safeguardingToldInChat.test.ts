import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { outcomesOf, type Transcript } from '../support/transcript';
import { saidIn as said, typedTo } from '../support/typedWay';

/*
 * Safeguarding as people met it when they chatted with the bot, typed in their own words: what
 * must be flagged, what the safeguarding lead gets to read, and what is said back.
 */

const standard = createWords().forMode('standard');
/** The code to come back, when the bot stopped and gave one. */
const resumeCodeIn = (replies: Partial<Activity>[]) => replies.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean);

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function youngPersonAtTheirDream(age = '14'): Promise<Transcript> {
  chat = await typedTo(Step.hopesDream, { name: 'Sam', age });
  return chat;
}

const categories = async (chat: Transcript) => ((await chat.draft())?.flags ?? []).map((f) => f.category);

describe('a threat said in fun beside an injury', () => {
  it('is flagged as harm from others at once, never kept as a hope', async () => {
    const chat = await youngPersonAtTheirDream();
    const replies = await chat.say("they said they'd kill me if I get detention again... I have bruises on my arms");
    expect(await categories(chat)).toEqual(['harm_from_others']);
    expect(said(replies)).toContain(standard('safeguarding:childline'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });
});

describe('wanting to protect someone at home from a person there', () => {
  it('as a hope, is flagged as domestic abuse, and "he hurts her" after carrying on is heard as the same worry', async () => {
    const chat = await youngPersonAtTheirDream();
    const replies = await chat.say('I hope one day I can protect my mum from her bf');
    expect(await categories(chat)).toEqual(['domestic_abuse']);
    expect(said(replies)).toContain(standard('safeguarding:childline'));
    await chat.say('yes im safe');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.hopesDream);
    const again = await chat.say('he hurts her when he drinks');
    expect(await categories(chat)).toEqual(['domestic_abuse']);
    expect(said(again)).toContain(standard('safeguarding:reminder.noLead'));
  });

  it('a worry for them with no harm named gets "Are you OK?"; "he hurts her" after "I\'m OK" is flagged', async () => {
    const chat = await youngPersonAtTheirDream();
    const check = await chat.say('I worry about my mum and her boyfriend');
    expect(said(check)).toContain(standard('safeguarding:gentle.question'));
    await chat.say('yeah im ok');
    expect(await categories(chat)).toEqual([]);
    await chat.say('he hurts her');
    expect(await categories(chat)).toEqual(['domestic_abuse']);
  });

  it('at a question about what matters to them, is flagged the same way', async () => {
    chat = await typedTo(Step.aboutMeStrengths, { name: 'Sam', age: '15' });
    await chat.say('I like drawing');
    await chat.say('i want to look after my mum because her boyfriend is horrible to her');
    expect(await categories(chat)).toEqual(['domestic_abuse']);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

async function parentOf(name: string, age: string): Promise<Transcript> {
  chat = await typedTo(Step.aboutMeStrengths, { who: 'A parent or carer', name, age });
  return chat;
}

describe('a parent who said they were OK', () => {
  it('is still asked after a new sign: a child who cries when one person comes', async () => {
    const chat = await parentOf('Leo', '7');
    const first = await chat.say('he has bruises sometimes from school i dont know how');
    expect(said(first)).toContain(standard('safeguarding:gentle.question'));
    await chat.say('im ok thanks');
    await chat.say('he is clever');
    const second = await chat.say('he cries when his uncle come');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(said(second)).toContain(standard('safeguarding:gentle.question'));
  });
});

describe("a parent telling of other children's unkindness to their child", () => {
  it('"other children say she smells" is flagged as bullying with the words for a parent', async () => {
    const chat = await parentOf('Mia', '8');
    await chat.say('she is kind and funny');
    await chat.say('her cat and her nan');
    const replies = await chat.say('other children say she smells');
    expect(await categories(chat)).toEqual(['bullying']);
    expect(said(replies)).toContain(standard('safeguarding:parent.bullying.heard'));
    expect(said(replies)).not.toContain(standard('safeguarding:childline'));
  });

  it('"the other kids won\'t sit with him because of his clothes" is flagged as bullying', async () => {
    const chat = await parentOf('Leo', '9');
    await chat.say('he is clever');
    await chat.say("the other kids won't sit with him because of his clothes");
    expect(await categories(chat)).toEqual(['bullying']);
  });

  it('the child\'s own sensory needs are answers, never a worry', async () => {
    const chat = await parentOf('Mia', '8');
    await chat.say('she is kind and funny');
    await chat.say('she hates the smell of the dinner hall');
    await chat.say("she won't sit with the other kids at lunch because it's too loud");
    expect(await categories(chat)).toEqual([]);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});

describe('after "I\'m OK" at a gentle check', () => {
  it('a later disclosure is still asked after, and flagged when they are not OK', async () => {
    const chat = await youngPersonAtTheirDream();
    await chat.say('everything is too much and i dont really sleep');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yeah im ok');
    // The worrying words are no hope: the dream is asked again.
    expect(chat.step).toBe(Step.hopesDream);
    const check = await chat.say('I have bruises on my arms');
    expect(said(check)).toContain(standard('safeguarding:gentle.question'));
    await chat.say('not really');
    expect(await categories(chat)).toEqual(['harm_from_others']);
  });

  it('a sure disclosure is flagged at once', async () => {
    const chat = await youngPersonAtTheirDream();
    await chat.say('everything is too much and i dont really sleep');
    await chat.say('yeah im ok');
    await chat.say('no');
    await chat.say('my uncle touches me and says its our secret');
    expect(await categories(chat)).toEqual(['sexual_abuse']);
  });

  it('more worry of the kind they said they were OK with is not asked after again', async () => {
    const chat = await youngPersonAtTheirDream();
    await chat.say('everything is too much and i dont really sleep');
    await chat.say('yeah im ok');
    const replies = await chat.say('i cant cope with exams');
    expect(said(replies)).not.toContain(standard('safeguarding:gentle.question'));
  });
});

describe('what they say at the safety check', () => {
  it('is added to the concern the safeguarding lead reads, a bare answer or "carry on" is not', async () => {
    chat = await typedTo(Step.aboutMeStrengths, { name: 'Sam' }, {}, { safeguarding: 'lead' });
    await chat.say('my stepdad hits me');
    await chat.say('no he did it again last night and i have to go home later');
    await chat.say('no thanks');
    await chat.say('please dont tell my mum');
    await chat.say('carry on');
    const [raised] = await chat.concerns!.list();
    const concern = await chat.concerns!.get(raised!.id);
    expect(concern?.message).toBe('my stepdad hits me');
    expect(concern?.person.saidAfter).toBe('no he did it again last night and i have to go home later\nplease dont tell my mum');
  });

  it('at "Are you OK?", every reply goes with the concern, not only the last', async () => {
    chat = await typedTo(Step.aboutMeStrengths, { name: 'Sam' }, {}, { safeguarding: 'noLead' });
    await chat.say('everything is too much and i dont really sleep');
    await chat.say('its mostly home stuff i guess');
    await chat.say('not really');
    const [raised] = await chat.concerns!.list();
    expect(raised?.message).toBe('everything is too much and i dont really sleep\nits mostly home stuff i guess\nnot really');
  });
});

describe('the same worry told again later, at a plan question', () => {
  it('gets a short reminder, and what they typed is added to the concern the safeguarding lead reads', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam' }, {}, { safeguarding: 'lead' });
    await chat.say('my stepdad hits me');
    await chat.say('yes im safe');
    await chat.say('no thanks');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.hopesDream);
    const again = await chat.say('i want to move out because my stepdad hits me');
    expect(said(again)).toContain(standard('safeguarding:reminder.lead'));
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const concerns = await chat.concerns!.list();
    expect(concerns).toHaveLength(1);
    const concern = await chat.concerns!.get(concerns[0]!.id);
    expect(concern?.message).toBe('my stepdad hits me');
    expect(concern?.person.saidAfter).toBe('i want to move out because my stepdad hits me');
  });
});

describe('"no" at "carry on with your plan, or stop for now?"', () => {
  async function atCarryOn(): Promise<Transcript> {
    const chat = await youngPersonAtTheirDream();
    await chat.say('my stepdad hits me');
    await chat.say('yes im safe');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOn.question'));
    return chat;
  }

  it('asks once which they mean; "no I don\'t want to stop" carries on', async () => {
    const chat = await atCarryOn();
    const which = await chat.say('no');
    expect(resumeCodeIn(which)).toBeUndefined();
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOnWhich'));
    await chat.say("no I don't want to stop");
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('never stops silently: "no" twice carries on and says stop is there any time', async () => {
    const chat = await atCarryOn();
    await chat.say('no');
    const after = await chat.say('nah');
    expect(said(after)).toContain(standard('safeguarding:carryOnDefault'));
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('"no I don\'t want to carry on" stops, with the code to come back', async () => {
    const chat = await atCarryOn();
    const stopped = await chat.say("no I don't want to carry on");
    expect(resumeCodeIn(stopped)).toBeTruthy();
  });
});

describe('asking what the worry note is about', () => {
  it('is answered about every worry noted, not only the latest', async () => {
    const chat = await youngPersonAtTheirDream();
    await chat.say('the boys in my class call me names every day');
    await chat.say('yes im safe');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('to be a vet');
    await chat.say('my dad hits my mum when he is drunk');
    await chat.say('yes im safe');
    await chat.say('carry on');
    expect(await categories(chat)).toEqual(['bullying', 'domestic_abuse']);
    const replies = await chat.say('wat worrying thing?? what note');
    expect(said(replies)).toContain(standard('safeguarding:note.aboutAll'));
    expect(said(replies)).toContain(standard('safeguarding:note.kind.bullying'));
    expect(said(replies)).toContain(standard('safeguarding:note.kind.domestic_abuse'));
  });
});

describe('a supporter chatting about a young person', () => {
  async function supporterOf(name: string, age: string): Promise<Transcript> {
    chat = await typedTo(
      Step.aboutMeStrengths,
      { who: 'Someone helping me', name, age },
      { [Step.welcomeWho]: 'im his support worker', [Step.welcomeInvite]: 'no code' },
      { safeguarding: 'noLead' },
    );
    return chat;
  }

  it('hears words for a supporter after a disclosure, never "your child"', async () => {
    const chat = await supporterOf('Jay', '13');
    const replies = await chat.say('his stepdad hits him when he gets home');
    expect(said(replies)).toContain(standard('safeguarding:supporter.tellSchool'));
    expect(said(replies)).toContain(standard('safeguarding:parent.nspcc'));
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:supporter.checkQuestion'));
    const after = await chat.say('not sure');
    await chat.say('carry on');
    expect(said([...replies, ...after, ...chat.all.slice(-3)])).not.toMatch(/your child/i);
  });

  it('hears words for a supporter after "we\'re OK" at a gentle check', async () => {
    const chat = await supporterOf('Jay', '13');
    await chat.say('everything is too much for him and he doesnt really sleep');
    const glad = await chat.say('yes we are ok');
    expect(said(glad)).toContain(standard('safeguarding:supporter.gentleGlad'));
  });
});

describe('domestic abuse told by an adult or a parent', () => {
  const HELPLINE = /0808 2000 247/;

  it('a young adult hears the National Domestic Abuse Helpline beside the lines they get anyway', async () => {
    chat = await typedTo(Step.aboutMeStrengths, { name: 'Ria', age: '19' });
    const replies = await chat.say('my boyfriend hits me and checks my phone');
    expect(await categories(chat)).toEqual(['domestic_abuse']);
    expect(said(replies)).toContain(standard('safeguarding:domesticAbuseLine'));
    expect(said(replies)).toContain(standard('safeguarding:samaritans'));
    expect(said(replies)).toContain(standard('safeguarding:childlineForOthers'));
    expect(said(replies)).toContain(standard('safeguarding:danger'));
  });

  it('a parent hears it beside the NSPCC and Childline', async () => {
    const chat = await parentOf('Leo', '9');
    const replies = await chat.say('my partner hits me in front of the kids');
    expect(await categories(chat)).toEqual(['domestic_abuse']);
    expect(said(replies)).toMatch(HELPLINE);
    expect(said(replies)).toContain(standard('safeguarding:parent.nspcc'));
    expect(said(replies)).toContain(standard('safeguarding:parent.childline'));
  });

  it('a young person under 18 hears Childline first, as before', async () => {
    const chat = await youngPersonAtTheirDream('14');
    const replies = await chat.say('my dad hits my mum when he is drunk');
    expect(said(replies)).toContain(standard('safeguarding:childline'));
    expect(said(replies)).not.toMatch(HELPLINE);
  });

  it('a parent telling of another kind of harm does not hear it', async () => {
    const chat = await parentOf('Leo', '9');
    const replies = await chat.say('his uncle hits him when he stays over');
    expect(said(replies)).toContain(standard('safeguarding:parent.nspcc'));
    expect(said(replies)).not.toMatch(HELPLINE);
  });
});
