import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A young man of 21 with epilepsy, in supported living, in easy read, at "What helps you with this now?".
 * Night staff who forget his tablets, and a fit at night with nobody coming till morning, are neglect of
 * his care: a note and the answer, whatever "yeh im ok" or "its fine tho" around them say. Nothing of
 * the worry is kept as help, and the question is asked again. The answer points past the staff (to the
 * service's manager or a social worker) and adds 111 for feeling unwell; "its not a big deal. i dont
 * wana call no one" after it gets kind words, not more numbers.
 */

const easy = createWords().forMode('easy_read');
const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['remembering things'] };
const WORRY_HEARD = easy('safeguarding:heard');
const SUPPORT_WORKER = /Your support worker can help/;
const MANAGER = easy('safeguarding:staffCare.managerOrSocialWorker');
const UNWELL = easy('safeguarding:staffCare.unwellCall111');
const NUMBERS = /116 123|85258|0800 1111|\b111\b|\b999\b/;

async function atHelps(): Promise<Transcript> {
  const { chat } = await startWith(
    {
      today: '2026-12-07',
      name: 'Dean',
      age: 21,
      hopes: [FLAT],
      at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
      journey: { mode: 'easy_read' },
    },
    { safeguarding: 'lead' },
  );
  return chat;
}

/** Carries on with the plan from the questions after the answer. */
async function carryOn(chat: Transcript): Promise<void> {
  for (let i = 0; i < 4 && chat.step?.startsWith('safeguarding.'); i++) await chat.say(chat.step === Step.safeguardingContact ? 'no' : 'carry on');
}

const helpsKept = async (chat: Transcript): Promise<string> => JSON.stringify((await chat.draft())!.needs.map((n) => n.helps ?? []));

describe('medicine forgotten by the staff, told at "what helps?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'my tablets. when i get them. nite staff forget sumtimes',
    'they forget to give me my epilepsy tablets at night',
    'my meds, the carers forget at weekends',
  ])('"%s" gets a note and the answer, never kept as help', async (said) => {
    chat = await atHelps();
    const answer = saidIn(await chat.say(said));
    expect(answer).toContain(WORRY_HEARD);
    expect(answer).toContain(UNWELL);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['neglect']);
    await carryOn(chat);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await helpsKept(chat)).toBe('[[]]');
  });

  it('when the staff are the worry, points to the manager or a social worker, not the support worker', async () => {
    chat = await atHelps();
    const answer = saidIn(await chat.say('my tablets. when i get them. nite staff forget sumtimes'));
    expect(answer).toContain(MANAGER);
    expect(answer).not.toMatch(SUPPORT_WORKER);
  });

  it('a worry with no staff in it keeps the support worker, and no 111 line without medicine', async () => {
    chat = await atHelps();
    const answer = saidIn(await chat.say('my dad hits me'));
    expect(answer).not.toContain(MANAGER);
    expect(answer).not.toContain(UNWELL);
  });

  it.each(['its not a big deal. i dont wana call no one', 'its fine i wont call anyone'])('"%s" after the answer gets kind words, and no more numbers', async (said) => {
    chat = await atHelps();
    await chat.say('my tablets. when i get them. nite staff forget sumtimes');
    const reply = saidIn(await chat.say(said));
    expect(reply).toContain(easy('safeguarding:staffCare.shrugged.mattersMedicine'));
    expect(reply).toContain(easy('safeguarding:staffCare.shrugged.yourChoice'));
    expect(reply).not.toMatch(NUMBERS);
    expect(reply).not.toMatch(/Samaritans/);
  });

  it('"im fine. its not a big deal, i wont call anyone" is glad they are safe, with kind words and no numbers', async () => {
    chat = await atHelps();
    await chat.say('my tablets. when i get them. nite staff forget sumtimes');
    const reply = saidIn(await chat.say('im fine. its not a big deal, i wont call anyone'));
    expect(reply).toContain(easy('safeguarding:staffCare.shrugged.yourChoice'));
    expect(reply).not.toMatch(NUMBERS);
    expect(reply).not.toMatch(/Samaritans/);
  });

  it('shrugged off at "carry on, or stop?", it gets the same kind words and no numbers', async () => {
    chat = await atHelps();
    await chat.say('my tablets. when i get them. nite staff forget sumtimes');
    await chat.say('yes im safe');
    if (chat.step === Step.safeguardingContact) await chat.say('no');
    const reply = saidIn(await chat.say('its not a big deal. i dont wana call no one'));
    expect(reply).toContain(easy('safeguarding:staffCare.shrugged.mattersMedicine'));
    expect(reply).not.toMatch(NUMBERS);
  });

  it('"i dont want to ring anyone" alone is still told of other ways than phoning', async () => {
    chat = await atHelps();
    await chat.say('my tablets. when i get them. nite staff forget sumtimes');
    const reply = saidIn(await chat.say('i dont want to ring anyone'));
    expect(reply).toMatch(/You do not have to phone/);
  });
});

describe('"yeh im ok" with more told after it, at "Are you OK?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'yeh im ok. i had a fit in the nite last month an no one come till morning. its fine tho',
    'ye im fine. nobody came when i had a seizure last week',
    'yes im ok. staff forget my meds at weekends but whatever',
  ])('"%s" is heard: a note and the answer, nothing kept as help', async (said) => {
    chat = await atHelps();
    expect(saidIn(await chat.say('nobody checks on me at night'))).toContain(easy('safeguarding:gentle.question'));
    const answer = saidIn(await chat.say(said));
    expect(answer).toContain(WORRY_HEARD);
    expect(answer).toContain(UNWELL);
    expect(answer).not.toContain(easy('safeguarding:gentle.gladForAdult'));
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['neglect']);
    await carryOn(chat);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await helpsKept(chat)).toBe('[[]]');
  });

  it.each(['the night staff are never around when i need them', 'nobody checks on me at night, the staff are never around'])('after "%s" and a plain "yeh im ok", nothing of it is kept as help and the question is asked again', async (said) => {
    chat = await atHelps();
    expect(saidIn(await chat.say(said))).toContain(easy('safeguarding:gentle.question'));
    await chat.say('yeh im ok');
    expect(chat.step).toBe(Step.needsHelps);
    expect(await helpsKept(chat)).toBe('[[]]');
    expect((await chat.draft())!.flags).toEqual([]);
  });

  it('"yeh im ok. staff remind me to take my tablets" is no worry: no note, and the worrying words are not kept as help', async () => {
    chat = await atHelps();
    await chat.say('nobody checks on me at night');
    const reply = saidIn(await chat.say('yeh im ok. staff remind me to take my tablets'));
    expect(reply).not.toContain(WORRY_HEARD);
    expect((await chat.draft())!.flags).toEqual([]);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await helpsKept(chat)).not.toMatch(/nobody checks/);
  });
});

describe('the worry told where a hope is asked', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('no part of it is offered back as a hope', async () => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Dean', age: 21, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }), journey: { mode: 'easy_read' } }));
    await chat.say('my tablets. when i get them. nite staff forget sumtimes');
    let said = '';
    for (let i = 0; i < 4 && chat.step?.startsWith('safeguarding.'); i++) said += saidIn(await chat.say(chat.step === Step.safeguardingContact ? 'no' : 'carry on'));
    expect(chat.step).toBe(Step.hopesDream);
    expect(said).not.toMatch(/staff forget/);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/staff forget/);
  });
});
