import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/* A hope, then what makes it hard, in one message: the hope kept as the hope, the hard part as its need. */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a hope typed with what makes it hard after it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function alfie(): Promise<Transcript> {
    const c = await throughWelcome({ who: 'A parent or carer', name: 'Alfie', age: 'Year 2' });
    await throughAboutMe(c);
    expect(c.step).toBe(Step.hopesDream);
    return c;
  }

  it('"counting and his letters, he can\'t write his name yet" at the learning question', async () => {
    chat = await alfie();
    await chat.say('to play with other kids at the park');
    await chat.say('no');
    for (let i = 0; i < 6 && chat.step === Step.hopesTheme && chat.lastQuestion?.topic !== 'learning_and_work'; i++) await chat.say('nothing');
    expect(chat.lastQuestion?.activity.text).toContain('What would you like Alfie to learn or get better at?');
    const said = texts(await chat.say("counting and his letters, he can't write his name yet"));
    expect(said).toContain('"he can\'t write his name yet" as what makes it hard');
    const draft = (await chat.draft())!;
    const hope = draft.aspirations.find((a) => a.text.includes('counting'));
    expect(hope?.text).toBe('counting and his letters');
    expect(draft.needs.map((n) => [n.text, n.aspirationIds])).toEqual([["he can't write his name yet", [hope!.id]]]);
  });

  it('"to make friends. he gets really anxious in big groups" at the first hopes question', async () => {
    chat = await alfie();
    const said = texts(await chat.say('to make friends. he gets really anxious in big groups'));
    expect(said).toContain('"he gets really anxious in big groups" as what makes it hard');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['to make friends']);
    expect(draft.needs.map((n) => n.aspirationIds)).toEqual([[draft.aspirations[0]!.id]]);
  });

  it('a hope with something he loves after it is kept whole', async () => {
    chat = await alfie();
    await chat.say('to play football, he loves it');
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.aspirations).toHaveLength(1);
  });
});
