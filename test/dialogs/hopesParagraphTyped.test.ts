import { afterEach, describe, expect, it } from 'vitest';
import { CarerWorryText } from '../../dialogs/carerWorryAtHopes';
import { ChatTalkText } from '../../dialogs/chatTalkReply';
import { createWords } from '../../src/i18n';
import { hopeItself } from '../../src/language/hopeItself';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/**
 * A paragraph of hopes, typed as parents and young people type: each hope kept apart and read back
 * without the lead-ins, apologies and questions around it, and no content word lost.
 */
describe('a paragraph of hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const t = createWords().forMode('standard');
  const texts = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '').join('\n');

  it('a parent\'s list with chatter around it becomes three hopes, each read back clean', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Noah', age: 'Year 7' });
    await throughAboutMe(chat);
    const replies = await chat.say(
      "erm ok so sorry this is a long one but I'd love him to be able to read a comic, to make his own toast, and one day to go on the train to his dad's. is that ok?",
    );
    const hopes = (await chat.draft())?.aspirations.map((a) => a.text);
    expect(hopes).toEqual(["I'd love him to be able to read a comic", 'to make his own toast', "one day to go on the train to his dad's"]);
    const said = texts(replies);
    expect(said).not.toContain(t(ChatTalkText.keptAnswer, { answer: '' }).split('"')[0]);
    expect(said).not.toMatch(/sorry this is|erm ok|is that ok/i);
    // Read back as the hope itself: "to be able to read a comic".
    for (const hope of hopes ?? []) expect(said).toContain(hopeItself(hope));
  });

  it('a young person\'s hopes with doubts and a question keep every content word', async () => {
    chat = await throughWelcome({ name: 'Tia', age: 'Year 11' });
    await throughAboutMe(chat);
    await chat.say('this might sound stupid but i want to work in a zoo, learn to drive and get my own place with my girlfriend lol. is that realistic??');
    const hopes = (await chat.draft())?.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['i want to work in a zoo', 'learn to drive', 'get my own place with my girlfriend']);
  });

  it('"soz for the essay" after one hope is not taken as a complaint', async () => {
    chat = await throughWelcome({ name: 'Ben', age: 'Year 10' });
    await throughAboutMe(chat);
    const replies = await chat.say('I want to be a mechanic like my uncle because he lets me help in his garage on saturdays. soz for the essay');
    expect(texts(replies)).not.toMatch(/Sorry about that/);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['I want to be a mechanic like my uncle because he lets me help in his garage on saturdays']);
  });

  it('two hard things typed where a hope was asked for are never kept as hopes', async () => {
    chat = await throughWelcome({ name: 'Dev', age: 'Year 9' });
    await throughAboutMe(chat);
    await chat.say('i want to design games');
    await chat.say('i get stressed when its loud and writing long answers is really hard');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i want to design games']);
  });

  it('a parent\'s hopes with "maybe one day" and her own worry: every hope kept with its own maybe, the worry heard and never a hope', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Ethan', age: '16' });
    await throughAboutMe(chat);
    const replies = await chat.say(
      'he wants to go to college in september to do IT, have his own friends, go to the cinema without his mum and maybe one day live in supported living with staff. im worried about the move to college and im not going to be around forever',
    );
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual([
      'he wants to go to college in september to do IT',
      'have his own friends',
      'go to the cinema without his mum',
      'maybe one day live in supported living with staff',
    ]);
    expect(draft?.needs.map((n) => n.text)).toContain('im worried about the move to college and im not going to be around forever');
    expect(texts(replies)).toContain(t(CarerWorryText.heard));
  });

  it('a young person\'s "maybe one day live in supported living" is a hope, not help asked for', async () => {
    chat = await throughWelcome({ name: 'Kai', age: '17' });
    await throughAboutMe(chat);
    await chat.say('maybe one day live in supported living');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['one day live in supported living']);
  });
});
