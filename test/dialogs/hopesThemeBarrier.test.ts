import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/* A difficulty typed at a question about one part of life is not a hope. */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a difficulty at a themed hopes question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function atIndependence(): Promise<Transcript> {
    const c = await throughWelcome({ who: 'A parent or carer', name: 'Sam', age: 'Year 2' });
    await throughAboutMe(c);
    await c.say('play with other kids at the park');
    await c.say('no');
    for (let i = 0; i < 6 && c.step === Step.hopesTheme && c.lastQuestion?.topic !== 'independent_living'; i++) await c.say('nothing');
    expect(c.lastQuestion?.topic).toBe('independent_living');
    return c;
  }

  it('"he cant do buttons" is asked about kindly; another difficulty after it is kept as what makes things hard', async () => {
    chat = await atIndependence();
    const asked = await chat.say('he cant do buttons');
    expect(texts(asked)).toMatch(/what would Sam love to do/i);
    const replies = await chat.say('he cant do zips either');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['play with other kids at the park']);
    expect(draft.needs.map((n) => n.text)).toEqual(['he cant do buttons', 'he cant do zips either']);
    expect(texts(replies)).toContain('things that make life hard');
  });

  it('"nothing" after "he cant do buttons" still keeps the difficulty, never as a hope', async () => {
    chat = await atIndependence();
    await chat.say('he cant do buttons');
    await chat.say('nothing');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['play with other kids at the park']);
    expect(draft.needs.map((n) => n.text)).toEqual(['he cant do buttons']);
  });
});
