import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { TODAY, saidIn, typeUntil, typedToNeedsFor, welcomeTyped, ABOUT_ME_TYPED } from '../support/typedWay';

/*
 * Precious (a mother, English her second language) at the age question: "He is 9 but I worry about
 * the secondary school next year". The age is kept, the worry is heard kindly, and it is offered
 * back in her words when the bot asks what makes things hard.
 */

const AGE_AND_WORRY = 'He is 9 but I worry about the secondary school next year';
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a worry said beside the age', () => {
  it('the age is kept, the worry is heard, and it is offered at "what makes it hard?"', async () => {
    chat = await Transcript.start({ today: TODAY });
    const welcome = { ...welcomeTyped({ who: 'A parent or carer', name: 'Tayo' }) };
    delete welcome[Step.welcomeAge];
    await typeUntil(chat, Step.welcomeAge, welcome);
    const replies = await chat.say(AGE_AND_WORRY);
    expect((await chat.draft())!.youngPerson.age).toBe(9);
    expect(saidIn(replies)).toMatch(/secondary school next year/);
    expect(chat.step).not.toBe(Step.welcomeAge);
    const asked = await typeUntil(chat, Step.needsBarrier, { ...welcome, ...ABOUT_ME_TYPED, ...typedToNeedsFor('make friends') });
    expect(saidIn(asked)).toMatch(/secondary school next year/);
    await chat.say('yes');
    expect((await chat.draft())!.needs.map((n) => n.text).join(' ')).toMatch(/secondary school next year/);
  });

  it('a plain disclosure beside the age is still heard', async () => {
    chat = await Transcript.start({ today: TODAY });
    const welcome = { ...welcomeTyped({ who: 'A parent or carer', name: 'Tayo' }) };
    delete welcome[Step.welcomeAge];
    await typeUntil(chat, Step.welcomeAge, welcome);
    await chat.say('He is 9 but I worry because his dad hits him');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
