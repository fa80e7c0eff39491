import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, type Person } from '../support/typedWay';

/*
 * A young adult at "do you feel safe?" tells of lads who take their money, "but its fine", and says
 * online is fine. Money taken by others is not OK, even when it feels fine: the answer says so,
 * names people near them (a job coach or support worker), the police (101 or 999) and adult social
 * care, flags harm by others, and never talks about online when they said online is fine.
 */

const SAID = 'yes at home with my dad. online yes. bus stop some lads take my money sometimes but its fine';

async function told(person: Person): Promise<{ chat: Transcript; said: string }> {
  const chat = await typedTo(Step.aboutMeSafe, person);
  return { chat, said: saidIn(await chat.say(SAID)) };
}

describe('an adult whose money is taken by others', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('at 19 hears it is not OK even if it feels fine, who can help, 101 or 999 and adult social care; no online advice', async () => {
    const heard = await told({ age: '19' });
    chat = heard.chat;
    expect(heard.said).toMatch(/not OK.*even if it feels fine/i);
    expect(heard.said).toMatch(/job coach|support worker/);
    expect(heard.said).toMatch(/101/);
    expect(heard.said).toMatch(/999/);
    expect(heard.said).toMatch(/adult social care/);
    expect(heard.said).not.toMatch(/screenshot|block them|in the app/i);
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
    expect(['exploitation', 'harm_from_others']).toContain(flags[0]?.category);
  });

  it('at 19 Childline is named as the line for someone under 19 they know, not for them; at 18 it is still theirs', async () => {
    const nineteen = await told({ age: '19' });
    chat = nineteen.chat;
    expect(nineteen.said).toMatch(/Childline, if you know someone under 19/);
    expect(nineteen.said).not.toMatch(/Childline is for anyone under 19/);
    await chat.close();
    const eighteen = await told({ age: '18' });
    chat = eighteen.chat;
    expect(eighteen.said).toMatch(/Childline is for anyone under 19/);
  });

  it('in easy read too, every sentence short, no online advice', async () => {
    const heard = await told({ age: '19', mode: 'Easy read' });
    chat = heard.chat;
    expect(heard.said).toMatch(/not OK/);
    expect(heard.said).toMatch(/101/);
    expect(heard.said).not.toMatch(/screenshot/i);
    expect(['exploitation', 'harm_from_others']).toContain((await chat.draft())?.flags[0]?.category);
  });

  it.each([
    ['Easy read', 'yes at home. online yes. at centre my mates make me give them my food but its fine'],
    ['Easy read', 'yes at home. online yes. they take my stuff and my food at centre but its fine'],
    ['Standard words', 'yes at home. online yes. at centre my mates make me give them my dinner and my games but its fine'],
  ] as const)('%s: things taken, not money (%j): the words fit, "your money or your things"', async (mode, typed) => {
    chat = await typedTo(Step.aboutMeSafe, { age: '19', mode });
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/Nobody should take your money or your things/);
    expect(said).not.toMatch(/take your money\./);
  });

  it('leave alone: at 14 lads taking money at the bus stop is still bullying, told kindly', async () => {
    const heard = await told({ age: '14' });
    chat = heard.chat;
    expect(heard.said).not.toMatch(/screenshot/i);
    expect((await chat.draft())?.flags[0]?.category).toBe('bullying');
  });
});
