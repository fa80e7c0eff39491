import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Lee is 23, has a learning disability, reads easy read and lives with his nan. New "mates" from the pub
 * get him to draw money out with his card. What he types, misspelt as he types it, is heard as mate crime:
 * a calm, true answer (real friends do not keep asking for your money; he can say no; family or his key
 * worker can help), the usual lines and a note. None of it is kept as a hope, a hard thing or what helps.
 */

const easy = createWords().forMode('easy_read');
const CRISIS = /999|SHOUT|Childline/;
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function leeAt(at: NonNullable<Seed['at']>): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-07',
    name: 'Lee',
    age: 23,
    hopes: [{ text: 'to get a job at the garden centre', theme: 'learning_and_work', needs: ['reading the bus times'] }],
    at,
    journey: { mode: 'easy_read' },
  }));
  return chat;
}

const texts = (draft: Draft | undefined): string[] => [...(draft?.aspirations.map((a) => a.text) ?? []), ...(draft?.needs.map((n) => n.text) ?? [])];

describe('mate crime told by a young adult, in easy read', () => {
  it('money drawn out for "mates" at the hopes question: the full answer and a note, never a hope', async () => {
    const chat = await leeAt(() => ({ stage: 'hopes', step: Step.hopesDream }));
    const reply = saidIn(await chat.say('sum new mates from pub come round wen nan is out n i get money out for them with my card'));
    expect(reply).toContain(easy('safeguarding:adultHarmed.mateHeard'));
    expect(reply).toContain(easy('safeguarding:adultHarmed.sayNo'));
    expect(reply).toMatch(CRISIS);
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(texts(draft).join(' ')).not.toMatch(/money|mates/);
  });

  it('"is that normal" at what helps: the calm answer to the question, and never kept as help', async () => {
    const chat = await leeAt((d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }));
    const reply = saidIn(await chat.say('can i ask u sumthing. my mates keep asking me to get money out with my card. is that normal'));
    expect(reply).toContain(easy('safeguarding:adultHarmed.mateHeard'));
    expect(reply).toContain(easy('safeguarding:mateCrime.askedIfOk'));
    expect(reply).not.toContain(easy('safeguarding:errandAskedIfWrong'));
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(JSON.stringify(draft?.needs)).not.toMatch(/money/);
  });

  it('"nan says dazza is using me. is he?" in the review is heard, never "Sorry. I did not get that."', async () => {
    const chat = await leeAt(() => ({ stage: 'review', step: Step.reviewSummary }));
    const reply = saidIn(await chat.say('nan says dazza is using me. is he? hes my mate'));
    expect(reply).toContain(easy('safeguarding:adultHarmed.mateHeard'));
    expect(reply).toContain(easy('safeguarding:mateCrime.askedIfOk'));
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
  });

  it('"u didnt anser me" after "dazza wants me to get 50 out" gets the answer again, and is never kept', async () => {
    const chat = await leeAt((d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }));
    const first = saidIn(await chat.say('oh dazza wants me to get 50 out tmrw for him. is that ok to do'));
    expect(first).toContain(easy('safeguarding:mateCrime.askedIfOk'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    const again = saidIn(await chat.say('u didnt anser me. about dazza and the 50'));
    expect(again).toContain(easy('safeguarding:mateCrime.notAnswered'));
    expect(texts(await chat.draft()).join(' ')).not.toMatch(/dazza|50/);
  });

  it('after carrying on, nothing of the question is offered back, and "u didnt anser me" gets the answer, never kept', async () => {
    const chat = await leeAt(() => ({ stage: 'hopes', step: Step.hopesDream }));
    await chat.say('oh dazza wants me to get 50 out tmrw for him. is that ok to do');
    await chat.say('yes');
    const back = saidIn(await chat.say('carry on'));
    expect(back).not.toMatch(/is that ok/);
    expect(chat.step).toBe(Step.hopesDream);
    const again = saidIn(await chat.say('u didnt anser me. about dazza and the 50'));
    expect(again).toContain(easy('safeguarding:mateCrime.notAnswered'));
    expect(chat.step).toBe(Step.hopesDream);
    expect(texts(await chat.draft()).join(' ')).not.toMatch(/dazza|50|anser/);
    const mate = saidIn(await chat.say('dazza says im his best mate'));
    expect(mate).toContain(easy('safeguarding:mateCrime.saysBestMate'));
    expect(chat.step).toBe(Step.hopesDream);
    expect(texts(await chat.draft()).join(' ')).not.toMatch(/dazza|mate/);
  });

  it('others eating the week\'s food: a gentle check, no flat "Good." after "im fine", and never kept as a hard thing', async () => {
    const chat = await leeAt((d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }));
    await chat.say('my money runs out quick tho lol. they ate all the food nan got for the week she was cross');
    expect(chat.step).toBe(Step.safeguardingCheck);
    const reply = saidIn(await chat.say('wat sounds hard? im fine'));
    expect(reply).toContain(easy('safeguarding:gentle.friendMoney.glad'));
    expect(reply).not.toContain(easy('safeguarding:gentle.glad'));
    expect(texts(await chat.draft()).join(' ')).not.toMatch(/money|food/);
  });

  it('a price set on a date is asked about gently at the goal question', async () => {
    const chat = await leeAt(() => ({ stage: 'hopes', step: Step.hopesDream }));
    await chat.say("go on a date. dazza says he no's a girl who likes me but i got to buy her drinks");
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
