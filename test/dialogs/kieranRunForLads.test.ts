import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { SafeguardingText as S } from '../../dialogs/safeguardingText';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, closeAfterEach, saidIn, typedTo, typedToNeedsFor, type Person } from '../support/typedWay';

/*
 * Kieran, 13, easy read, at "what makes it hard?": older lads on his estate bought him a phone and trainers and now
 * want him to "do a run". It is exploitation, never bullying: he hears plainly that gifts then "you owe us" is a
 * trick, that he owes nothing, need not do it and is not in trouble, an adult to tell, Childline and 999 before the
 * lines for feeling low. The same in standard words.
 */
const words = createWords();
const KIERAN: Person = { mode: 'Easy read', name: 'Kieran', age: '13' };
const STANDARD: Person = { ...KIERAN, mode: 'Standard words' };
let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function saysAtBarrier(person: Person, said: string) {
  chat = await typedTo(Step.needsBarrier, person, { ...ABOUT_ME_TYPED, ...typedToNeedsFor('be a mechanic') });
  const replies = saidIn(await chat.say(said));
  const draft = await chat.draft();
  return { replies, flags: draft?.flags.map((f) => f.category), draft };
}

describe('older lads giving a 13-year-old things and asking him to do a run', () => {
  it.each([
    [KIERAN, 'nuffin really. the older lads on my estate want me to do a run for them now tho. they got me my phone n trainers so'],
    [KIERAN, 'the older lads on my estate want me to do a run for them'],
    [KIERAN, 'some older boys keep buying me stuff and now they say i owe them'],
    [KIERAN, 'the olders said i gotta carry a bag for them cos they got me new trainers'],
    [STANDARD, 'these lads gave me my creps and now want me to do a run'],
    [STANDARD, 'lads from the estate give me money to drop packages off'],
  ])('%j: %j is exploitation, answered as a trick he owes nothing for', async (person, said) => {
    const { replies, flags, draft } = await saysAtBarrier(person, said);
    const t = words.forMode(person.mode === 'Easy read' ? 'easy_read' : 'standard');
    expect(flags).toEqual(['exploitation']);
    expect(replies).toContain(t(S.exploitedHeard));
    expect(replies).toContain(t(S.exploitedNotOwe));
    expect(replies).toContain(t(S.exploitedTellAdult));
    expect(replies).not.toContain(t(S.bullyingHeardOther));
    expect(replies).toMatch(/0800 1111/);
    expect(replies).toMatch(/999/);
    expect(replies).toMatch(/85258/);
    // Childline and 999 before the lines for feeling low.
    expect(replies.indexOf('0800 1111')).toBeLessThan(replies.indexOf('85258'));
    expect(replies.indexOf('999')).toBeLessThan(replies.indexOf('85258'));
    expect(draft?.needs.map((n) => n.text).join(' ')).not.toMatch(/lads|boys|olders|trainers|phone/);
    expect(chat?.step).toBe(Step.safeguardingCheck);
  });

  it.each(['the older lads on my estate play football with me', 'my mum got me my phone n trainers'])('%j stays quiet', async (said) => {
    const { replies, flags } = await saysAtBarrier(KIERAN, said);
    expect(flags).toEqual([]);
    expect(replies).not.toMatch(/0800 1111/);
  });

  it('after the answer, "its not like that there sound" is met kindly and the note stays; "wot safe adult??" hears who they are; nothing of the message is offered back', async () => {
    await saysAtBarrier(KIERAN, 'nuffin really. the older lads on my estate want me to do a run for them now tho. they got me my phone n trainers so');
    const t = words.forMode('easy_read');
    const pushedBack = saidIn(await chat!.say('ye im safe lol. its not like that there sound. dont tell no one tho'));
    expect(pushedBack).toContain(t(S.exploitedFeelsLikeFriends));
    expect(pushedBack).toMatch(/secret/);
    const asked = saidIn(await chat!.say('wot safe adult?? am i in trubble'));
    expect(asked).toContain(t(S.notInTrouble));
    expect(asked).toMatch(/safe adult works at/);
    const carriedOn = saidIn(await chat!.say('ok'));
    expect(carriedOn).not.toMatch(/phone n trainers|Shall I keep it/);
    expect(chat?.step).toBe(Step.needsBarrier);
    const draft = await chat!.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(draft?.needs).toEqual([]);
  });

  it.each(['nah theyre my mates', 'they look after me tho', "its fine they're sound", 'they sort me out tho'])('%j after the answer: it can feel like friendship', async (said) => {
    await saysAtBarrier(KIERAN, 'the older lads on my estate want me to do a run for them');
    const replies = saidIn(await chat!.say(said));
    expect(replies).toContain(words.forMode('easy_read')(S.exploitedFeelsLikeFriends));
    expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
  });

  it.each(['who is the safe person', 'wat safe adult', 'who sees the note', 'will the police know'])('%j after the answer: who the safe adult is and who sees it', async (said) => {
    await saysAtBarrier(KIERAN, 'the older lads on my estate want me to do a run for them');
    const replies = saidIn(await chat!.say(said));
    expect(replies).toMatch(/safe adult/);
    expect(chat?.step).toBe(Step.safeguardingCheck);
  });
});
