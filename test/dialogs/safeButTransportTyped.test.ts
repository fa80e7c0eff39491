import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/* Tilly, 22, feels safe mostly; taxis that do not turn up late at night are a hard thing about transport, never a crisis. */

const TILLY = { name: 'Tilly', age: '22' } as const;
const atSafeQuestion = (): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, TILLY, {
    [Step.aboutMeStrengths]: 'im good at art and making people laugh',
    [Step.aboutMeImportant]: 'my mates and my cat',
    [Step.aboutMeSupport]: 'give me time to type, i only use one hand',
  });

describe('a yes to feeling safe, beside a worry about transport', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"mostly yeah. sometimes waiting for taxis late at night is a bit dodgy when they dont turn up" is kept as a hard thing, no flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('mostly yeah. sometimes waiting for taxis late at night is a bit dodgy when they dont turn up');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.needs.map((n) => n.text).join(' ')).toMatch(/taxis/);
  });

  it('a taxi driver who hurts is still a worry', async () => {
    chat = await atSafeQuestion();
    await chat.say('mostly yeah. but the taxi driver grabbed me when they were late');
    expect((await chat.draft())!.flags).not.toEqual([]);
  });
});

describe('a yes to feeling safe, beside late transport and someone who does or gives something', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'mostly yeah. the taxi driver is late and puts his hand on my leg',
    'mostly. the taxi driver keeps me waiting and asks for pictures',
    'mostly. the cab driver keeps me waiting in his car and wont let me out',
    'mostly yeah. taxis are late so i end up getting in cars with men i dont know',
    'yes mostly. taxis dont turn up so i stay at his flat, he gives me stuff for it',
    'mostly. when the bus is late older lads at the stop give me stuff to carry',
    'mostly yeah. the taxi was late and the driver made me sit in the front',
  ])('"%s" gets the safety answer and a note, never kept as a need', async (typed) => {
    chat = await atSafeQuestion();
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(CRISIS);
    const draft = (await chat.draft())!;
    expect(draft.flags).not.toEqual([]);
    expect(draft.needs.map((n) => n.text).join(' ')).not.toMatch(/taxi|cab|bus/);
  });
});
