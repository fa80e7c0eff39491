import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { AudienceText } from '../../dialogs/reviewAudience';
import { createWords } from '../../src/i18n';
import { outcomesOf, Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { throughWelcome, TODAY } from './throughWelcome';

const standard = createWords().forMode('standard');

/*
 * A mum with simple English and a 13-year-old typing fast ask the bot things, complain, and ask
 * for parts to be taken out, at the questions where they happened. Every question is answered and
 * asked again; nothing said to the bot is kept; an answer said beside it is kept alone.
 */

const TALK: SeedHope = { text: 'Zofia talk to other children', theme: 'friends_and_community', needs: ['she has only few words'] };
const SIGNS: SeedHope = { text: 'signs help her, Makaton', theme: 'friends_and_community', needs: [] };
const LUNCH: SeedHope = { text: 'eat my lunch at school', theme: 'health_and_wellbeing', needs: [] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
/** Everything said, the read-back question too. */
const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

async function everything(chat: Transcript): Promise<string> {
  const draft = await chat.draft();
  return JSON.stringify([draft?.aspirations, draft?.needs, draft?.outcomes, draft?.aboutMe]);
}

const mum = { who: 'parent_carer' as const, name: 'Zofia', age: 5, schoolYear: 0 };

describe('questions to the bot are answered, then asked again', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Sorry I dont understand well this question. You mean how teacher help her? or at home?" explains the question and keeps nothing', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Zofia', age: '5' });
    await chat.say('she is happy and she love music');
    await chat.say('her brother Kuba');
    expect(chat.step).toBe(Step.aboutMeSupport);
    const replies = await chat.say('Sorry I dont understand well this question. You mean how teacher help her? or at home?');
    expect(texts(replies)).toMatch(/What helps/i);
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect(await everything(chat)).not.toMatch(/understand|teacher help/);
  });

  it('"yes ok. but what is key worker? we have teacher and SENCO lady only" says what a key worker is, keeps nothing, and "You not answer me" is answered too', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) }));
    const first = await chat.say('yes ok. but what is key worker? we have teacher and SENCO lady only');
    expect(texts(first)).toMatch(/key worker is the person who helps make your plan/);
    expect(chat.step).toBe(Step.needsHelps);
    const again = await chat.say('You not answer me what is key worker?');
    expect(texts(again)).toMatch(/key worker is the person who helps make your plan/);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await everything(chat)).not.toMatch(/key worker|SENCO/i);
  });

  it('"What happen next, who see this plan?" and "I must send it to SENCO myself?" are answered, and nothing is kept', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK] }));
    const replies = await chat.say('What happen next, who see this plan?');
    expect(texts(replies)).toMatch(/When we finish/);
    expect(texts(replies)).toMatch(/Nothing is shared with your key worker unless you say yes/);
    expect(chat.step).toBe(Step.outcomeStep);
    const send = await chat.say('I must send it to SENCO myself?');
    expect(texts(send)).toMatch(/Nothing is shared with your key worker unless you say yes/);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });

  it('"How I can delete a hope? Is there button or something?" says how, and keeps nothing', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) }));
    const replies = await chat.say('You dont listen me. How I can delete a hope? Is there button or something?');
    expect(texts(replies)).toMatch(/type "delete" and which one/);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await everything(chat)).not.toMatch(/delete|listen/);
  });

  it('"Can I ask something different... can Zofia go to normal school?" is her own question: not an outcome', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK] }));
    const replies = await chat.say('Can I ask something different, can Zofia go to normal school with Kuba, not special school? I worry about this');
    expect(texts(replies)).toMatch(/can't answer it here/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });
});

describe('complaints are never kept; the answer beside them is', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"it keeps doing the same thing. fine just say the lunch hall is too loud" keeps only the need', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Kai', age: 13, schoolYear: 8, hopes: [LUNCH], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('it keeps doing the same thing. fine just say the lunch hall is too loud');
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['the lunch hall is too loud']);
  });

  it('"why do u keep asking that" at a question asked once says why questions look alike, and keeps nothing', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Kai', age: 13, schoolYear: 8, hopes: [LUNCH], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    const replies = await chat.say('why do u keep asking that');
    expect(texts(replies)).toMatch(/Some questions look alike/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('"Wait, I ask you question and you go next. Is it ok? I want to say, signs help her, Makaton" keeps only "signs help her, Makaton"', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Zofia', age: '5' });
    await chat.say('she is happy and she love music');
    await chat.say('her brother Kuba');
    await chat.say('Wait, I ask you question and you go next. Is it ok? I want to say, signs help her, Makaton');
    const draft = await chat.draft();
    expect(draft?.aboutMe.support.join(' ')).toMatch(/signs help her, Makaton/);
    expect(await everything(chat)).not.toMatch(/question|go next|I want to say/);
  });

  it('at an outcome question, "i said that already. not hungry and less stressed" keeps what was said again', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Kai', age: 13, schoolYear: 8, hopes: [{ ...LUNCH, needs: ['the lunch hall is too loud'] }] }));
    await chat.say('eat my lunch in the library by the end of year 9 and my mum will know cos i tell her');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const replies = await chat.say('i said that already. not hungry and less stressed');
    expect(texts(replies)).not.toMatch(/haven't kept that/);
    expect((await chat.draft())?.outcomes[0]?.doesForMe).toBe('not hungry and less stressed');
  });

  it('at "what already helps", "i already told you. ear defenders" keeps the help said again', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Kai', age: 13, schoolYear: 8, hopes: [{ ...LUNCH, needs: ['the lunch hall is too loud'] }], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }) }));
    const replies = await chat.say('i already told you. ear defenders');
    expect(texts(replies)).not.toMatch(/haven't kept that/);
    expect((await chat.draft())?.needs[0]?.helps).toEqual(['ear defenders']);
  });

  it('"where did you get that. i didnt say i will eat my lunch like that" is never kept', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Kai', age: 13, schoolYear: 8, hopes: [LUNCH] }));
    const replies = await chat.say('where did you get that. i didnt say i will eat my lunch like that');
    expect(texts(replies)).toMatch(/Sorry/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });
});

describe('a named part is taken out or reworded, at any question, after a yes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"I see the plan and it is wrong. Please delete the hope about Makaton" reads it back, takes it out after yes, and asks the open question again', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK, SIGNS], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) }));
    const asked = await chat.say('I see the plan and it is wrong. Please delete the hope about Makaton');
    expect(said(asked)).toMatch(/Shall I take out "signs help her, Makaton"\?/);
    const done = await chat.say('yes please');
    expect(texts(done)).toMatch(/taken out "signs help her, Makaton"/);
    expect(chat.step).toBe(Step.needsHelps);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([TALK.text]);
    expect(JSON.stringify(draft.needs)).not.toMatch(/delete|wrong/);
  });

  it('"remove the first hope please" then "no" leaves it as it was', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK, SIGNS], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }) }));
    const asked = await chat.say('remove the first hope please');
    expect(said(asked)).toMatch(/Shall I take out "Zofia talk to other children"\?/);
    await chat.say('no');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.aspirations).toHaveLength(2);
    expect(await everything(chat)).not.toMatch(/remove/);
  });

  it('"change this dream to: Zofia talk more and say more words" rewords the hope being asked about, not an outcome', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK] }));
    const asked = await chat.say('change this dream to: Zofia talk more and say more words');
    expect(said(asked)).toMatch(/Shall I change "Zofia talk to other children" to "Zofia talk more and say more words"\?/);
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeStep);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['Zofia talk more and say more words']);
    expect(draft.outcomes).toEqual([]);
  });
});

describe('taking out the hope being asked about', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"please delete this hope" at its needs carries on with the next hope', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK, SIGNS], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('please delete this hope');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([SIGNS.text]);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
  });

  it('"remove the first hope please" while its outcome is being made takes the unfinished outcome too, and goes on to the next hope', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [{ ...TALK, needs: ['she has few words'] }, { ...SIGNS, needs: ['people dont know signs'] }] }));
    await chat.say('Zofia will say 50 words by next summer');
    expect((await chat.draft())?.outcomes).toHaveLength(1);
    await chat.say('remove the first hope please');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([SIGNS.text]);
    expect(draft.outcomes).toEqual([]);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
  });
});

describe('chatter at the needs questions is neither a help nor a barrier', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const TRAINS: SeedHope = { text: 'drive trains', theme: 'learning_and_work', needs: [] };

  it('"idk i dont really like school" at "what helps" is not sure, not a help', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Kai', age: 13, schoolYear: 8, hopes: [{ ...LUNCH, needs: ['the lunch hall is too loud'] }], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }) }));
    await chat.say('idk i dont really like school');
    expect(chat.step).toBe(Step.needsHelps);
    expect(JSON.stringify((await chat.draft())?.needs)).not.toMatch(/like school/);
  });

  it('"im 13 you cant drive trains till ur 20" is a remark, answered kindly, not kept as a barrier; a barrier about oneself still is', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Kai', age: 13, schoolYear: 8, hopes: [TRAINS], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    const replies = await chat.say('im 13 you cant drive trains till ur 20');
    expect(texts(replies)).toMatch(/wait until you're older/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.needs).toEqual([]);
    await chat.say('im not good at exams');
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['im not good at exams']);
  });
});

describe('at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"remove the first hope please" opens the review\'s own "take it out?" for that hope, and a yes takes it out', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK, SIGNS], at: () => ({ stage: 'review', step: Step.reviewSummary }) }));
    const asked = await chat.say('remove the first hope please');
    expect(said(asked)).toMatch(/Take "Zofia talk to other children" out of your plan\?/);
    await chat.say('yes');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual([SIGNS.text]);
  });

  it('"who gets it now" at the end says who sees the plan, and asks the same question again', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Kai', age: 13, schoolYear: 8, hopes: [LUNCH], at: () => ({ stage: 'review', step: Step.reviewDone }) }));
    const replies = await chat.say('who gets it now');
    // No code: only they see it, and they can give the copies above to anyone.
    expect(texts(replies)).toContain(standard(AudienceText.whoSeesDone));
    expect(chat.step).toBe(Step.reviewDone);
  });
});

