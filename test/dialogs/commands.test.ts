import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_CONTENT_TYPE, Step } from '../../dialogs/ids';
import { addComment } from '../../src/domain/draft';
import { quoteHopeIn, quotedHopesHeld } from '../../src/language/hopeItself';
import { SafeguardingNotes } from '../../src/retention/safeguardingNotes';
import { Transcript, outcomesOf } from '../support/transcript';

async function throughConsent(chat: Transcript, mode: 'Standard words' | 'Easy read' = 'Standard words') {
  await chat.say(mode);
  await chat.say("Yes, that's OK");
  expect(chat.step).toBe(Step.welcomeWho);
}

describe('global commands', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('help answers and asks the same question again', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    const replies = await chat.say('hlep');
    expect(replies.filter((a) => !outcomesOf(a)?.step).length).toBeGreaterThan(0);
    expect(chat.step).toBe(Step.welcomeWho);
  });

  it('back asks the previous question again', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    expect(chat.step).toBe(Step.welcomeName);
    await chat.say('go back');
    expect(chat.step).toBe(Step.welcomeWho);
    await chat.say('A parent or carer');
    expect((await chat.draft())?.youngPerson.who).toBe('parent_carer');
  });

  it('back lets the person change an answer instead of adding a second one', async () => {
    chat = await Transcript.start({ today: '2025-03-10' });
    await throughConsent(chat);
    for (const answer of ['Me, about myself', 'Sam', '15', 'No code']) await chat.say(answer);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    await chat.say('I am good at drawing');
    expect(chat.step).toBe(Step.aboutMeImportant);
    await chat.say('back');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    await chat.say('I am good at football');
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['I am good at football']);
    expect(chat.step).toBe(Step.aboutMeImportant);
  });

  it('"I\'m not sure" offers ideas first, then moves on the second time', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    await chat.say('i dont know');
    expect(chat.step).toBe(Step.welcomeName);
    await chat.say('dunno');
    expect(chat.step).not.toBe(Step.welcomeName);
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
  });

  it('switches to easy read at once and keeps the question open', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('easy read please');
    expect(chat.step).toBe(Step.welcomeWho);
    expect(chat.lastQuestion?.mode).toBe('easy_read');
    expect((await chat.draft())?.youngPerson.readingMode).toBe('easy_read');
  });

  it('show my draft sends the draft as an attachment, then asks again', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    const replies = await chat.say('show my draft');
    const withDraft = replies.find((a) => a.attachments?.some((x) => x.contentType === DRAFT_CONTENT_TYPE));
    expect(withDraft).toBeDefined();
    expect((withDraft!.attachments![0]!.content as { schema: string }).schema).toBe('outcomes-draft/1');
    expect(outcomesOf(withDraft!)?.step).toBeUndefined();
    expect(chat.step).toBe(Step.welcomeName);
  });

  it('"I have a code" works at the very first question', async () => {
    chat = await Transcript.start();
    await chat.say('I have a code');
    expect(chat.step).toBe(Step.welcomeResumeCode);
  });

  it('stop gives a code that continues the same draft in a new conversation', async () => {
    chat = await Transcript.start();
    await throughConsent(chat, 'Easy read');
    await chat.say('Me, about myself');
    await chat.say('Sam');
    expect(chat.step).toBe(Step.welcomeAge);
    const draftBefore = await chat.draft();
    const replies = await chat.say('stop');
    const code = replies.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean);
    expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect(replies.some((a) => a.text?.includes(code!))).toBe(true);

    const other = await Transcript.start({ stores: chat.stores });
    try {
      await other.say('I have a code');
      await other.say(code!.toLowerCase());
      expect(other.step).toBe(Step.welcomeAge);
      expect(other.lastQuestion?.mode).toBe('easy_read');
      await other.say('15');
      const draft = await other.draft();
      expect(draft?.id).toBe(draftBefore?.id);
      expect(draft?.youngPerson.name).toBe('Sam');
      expect(draft?.youngPerson.consent.given).toBe(true);
    } finally {
      // Both transcripts share one store; only the first closes it.
    }
  });

  it('a wrong code is refused kindly and limited in attempts', async () => {
    chat = await Transcript.start();
    await chat.say('I have a code');
    for (let i = 0; i < 4; i++) {
      await chat.say('AAA-BBB-CCC');
      expect(chat.step).toBe(Step.welcomeResumeCode);
    }
    await chat.say('AAA-BBB-CCC');
    expect(chat.step).toBe(Step.welcomeReadingMode);
    await chat.say('I have a code');
    await chat.say('AAA-BBB-CCC');
    expect(chat.step).not.toBe(Step.welcomeResumeCode);
  });

  it('delete my data removes the draft after confirming', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    const id = (await chat.draft())?.id;
    expect(id).toBeDefined();
    await chat.say('delete my data');
    await chat.say('yes');
    expect(await chat.stores.drafts.get(id!)).toBeUndefined();
    expect(chat.step).toBe(Step.welcomeReadingMode);
  });

  it('delete my data and start again leave no quoted hope in memory', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    quoteHopeIn('i want to be a vet and live with my girlfriend', 'standard');
    expect(quotedHopesHeld()).toBeGreaterThan(0);
    await chat.say('delete my data');
    await chat.say('yes');
    expect(quotedHopesHeld()).toBe(0);
    await throughConsent(chat);
    quoteHopeIn('to work in a bike shop', 'easy_read');
    await chat.say('start again');
    await chat.say('yes');
    expect(quotedHopesHeld()).toBe(0);
  });

  it('start again clears answers after confirming, and "no" keeps them', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    await chat.say('start again');
    await chat.say('no');
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())?.youngPerson.who).toBe('self');
    await chat.say('start over');
    await chat.say('yes');
    expect(chat.step).toBe(Step.welcomeReadingMode);
  });
});

describe('two people saving one draft at once', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('takes an answer in a second tab as the answer to the question open now, wherever the first tab moved', async () => {
    chat = await Transcript.start({ today: '2025-03-10' });
    await throughConsent(chat);
    for (const answer of ['Me, about myself', 'Sam', '15', 'No code']) await chat.say(answer);
    const replies = await chat.say('stop');
    const code = replies.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean)!;
    const other = await Transcript.start({ today: '2025-03-10', stores: chat.stores });
    await other.say('I have a code');
    await other.say(code);
    expect(other.step).toBe(Step.aboutMeStrengths);
    // The first tab carries on to the hopes...
    for (const answer of ['I am kind', 'My dog', 'Give me time', 'yeah i do']) await chat.say(answer);
    expect(chat.step).toBe(Step.hopesDream);
    // ...and the second tab's next message answers the hope question, not the old one.
    await other.say('I want to be a vet');
    const draft = await chat.draft();
    expect(draft?.aboutMe.strengths).toEqual(['I am kind']);
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['I want to be a vet']);
  });

  it("keeps both the young person's answer and a key worker's comment saved a moment earlier", async () => {
    chat = await Transcript.start({ today: '2025-03-10' });
    await throughConsent(chat);
    await chat.say('Me, about myself');
    const { stores } = chat;
    const writeTurn = stores.writeTurn.bind(stores);
    stores.writeTurn = async (writes) => {
      const id = writes.drafts[0]?.id;
      if (id === undefined) return writeTurn(writes);
      stores.writeTurn = writeTurn;
      // The key worker's comment lands between the bot's read and its write.
      const stored = (await stores.drafts.get(id))!;
      const withComment = addComment(stored.draft, { text: 'Lovely start', by: 'key_worker', at: new Date() }).draft;
      await stores.drafts.save(id, withComment, stored.version, { author: 'key_worker', summary: 'comment' });
      return writeTurn(writes);
    };
    await chat.say('Sam');
    const draft = await chat.draft();
    expect(draft?.youngPerson.name).toBe('Sam');
    expect(draft?.comments.map((c) => c.text)).toEqual(['Lovely start']);
    expect(chat.step).toBe(Step.welcomeAge);
  });
});

describe('safeguarding', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('answers a disclosure at once, flags the draft and offers to carry on with the same question', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    const replies = await chat.say('my dad hits me when he is angry');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(replies.some((a) => a.text?.includes('0800 1111'))).toBe(true);
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'safeguarding', step: Step.welcomeName });
    await chat.say("Yes, I'm safe");
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('Carry on');
    expect(chat.step).toBe(Step.welcomeName);
  });

  it('works before consent and in easy read, and the flag survives start again', async () => {
    chat = await Transcript.start();
    await chat.say('Easy read');
    await chat.say('i want to kms');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.mode).toBe('easy_read');
    await chat.say('no');
    await chat.say('Carry on');
    expect(chat.step).toBe(Step.welcomeConsent);
    await chat.say("Yes, that's OK");
    await chat.say('start again');
    await chat.say('yes');
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('keeps a note of the worry, without any words, when the person deletes their data', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    await chat.say('my step dad hurts me');
    await chat.say('Carry on');
    const id = (await chat.draft())!.id;
    await chat.say('delete my data');
    await chat.say('yes');
    expect(await chat.stores.drafts.get(id)).toBeUndefined();
    const note = await new SafeguardingNotes(chat.stores.state).get(id);
    expect(note?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', step: Step.welcomeName })]);
    expect(JSON.stringify(note)).not.toMatch(/step dad|hurts/i);
  });

  it('checks an answer that starts like a choice but says more', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('me, my dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('does not fire on everyday phrases', async () => {
    chat = await Transcript.start();
    await throughConsent(chat);
    await chat.say('Me, about myself');
    await chat.say('this homework is killing me');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});
