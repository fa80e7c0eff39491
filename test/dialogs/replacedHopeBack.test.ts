import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Shauna, mum of Reggie (8): a hope replaced by her later, fuller words keeps its earlier words,
 * so "i wanted BOTH" brings it back beside the new one, and an undo gives the hope its old words.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const hopes = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

async function replaced(): Promise<Transcript> {
  const chat = await throughWelcome({ who: 'A parent or carer', name: 'Reggie', age: '8' });
  await throughAboutMe(chat);
  await chat.say('happy and have friends');
  await chat.say('i want him to be happy and have friends at school');
  expect(await hopes(chat)).toEqual(['i want him to be happy and have friends at school']);
  return chat;
}

describe('a replaced hope brought back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"u replaced happy and have friends!! i wanted BOTH" keeps both hopes and says them back', async () => {
    chat = await replaced();
    const said = texts(await chat.say('u replaced happy and have friends!! i wanted BOTH'));
    expect(await hopes(chat)).toEqual(['happy and have friends', 'i want him to be happy and have friends at school']);
    expect(said).toMatch(/both hopes/);
    expect(said).toContain('"happy and have friends"');
    expect(said).toContain('have friends at school"');
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"i wanted both of them" at a later hopes question brings the hope back too, and asks that question again', async () => {
    chat = await replaced();
    await chat.say('no thats all');
    const asked = chat.step;
    expect(asked).not.toBe(Step.hopesMore);
    await chat.say('i wanted both of them');
    expect(await hopes(chat)).toEqual(['happy and have friends', 'i want him to be happy and have friends at school']);
    expect(chat.step).toBe(asked);
  });

  it('an undo of the answer that replaced a hope gives it its earlier words, never loses it', async () => {
    chat = await replaced();
    await chat.say('undo that');
    expect(await hopes(chat)).toEqual(['happy and have friends']);
  });
});
