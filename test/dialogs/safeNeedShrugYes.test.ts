import { afterEach, describe, expect, it } from 'vitest';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

/* A shrugged yes ("wateva. ye ok") at the offer of a need about feeling safe is a yes: the need is added. */

const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atTheOffer(): Promise<Transcript> {
  const c = await throughWelcome({ name: 'Mo', age: 'Year 9' });
  await c.say('they keep posting nasty stuff about me online');
  if (c.lastQuestion?.activity.text === standard('safeguarding:gentle.question')) await c.say('not really');
  await c.say('ye im safe');
  expect(c.lastQuestion?.activity.text).toBe(standard('safeguarding:safeNeed.question.online'));
  return c;
}

describe('"Do you want your plan to say you need to feel safe online?"', () => {
  it('"wateva. ye ok" adds the need', async () => {
    chat = await atTheOffer();
    await chat.say('wateva. ye ok');
    expect((await chat.draft())?.needs.map((n) => n.text)).toContain(standard('safeguarding:safeNeed.need.online'));
  });

  it('"whatever. no" still keeps it out', async () => {
    chat = await atTheOffer();
    await chat.say('whatever. no');
    expect((await chat.draft())?.needs ?? []).toEqual([]);
  });
});

describe('a yes said again, or said after a remark, at the offer', () => {
  it('"you asked me that already. i said yes" adds the need, never "it won\'t go in your plan"', async () => {
    chat = await atTheOffer();
    const replies = await chat.say('you asked me that already. i said yes');
    expect(replies.map((a) => a.text)).not.toContain(standard('safeguarding:safeNeed.declined'));
    expect((await chat.draft())?.needs.map((n) => n.text)).toContain(standard('safeguarding:safeNeed.need.online'));
  });

  it('"they take the photos at school not online. yes add it" adds the need', async () => {
    chat = await atTheOffer();
    await chat.say('they take the photos at school not online. yes add it');
    expect((await chat.draft())?.needs.length).toBeGreaterThan(0);
  });

  it('"i said no" keeps it out', async () => {
    chat = await atTheOffer();
    await chat.say('i already said no');
    expect((await chat.draft())?.needs ?? []).toEqual([]);
  });
});
