import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { COMPLAINT_HEARD } from '../../dialogs/mainDialog';
import { addFlag } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';
import { startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * A father's instruction about his autistic son ("not touch him when he is upset") is how to help
 * him, never a disclosure; and "wat worrying thing?? take that note off" is told plainly what the
 * note is about, that it stays, and who to tell of a mix-up, in both registers.
 */

const standard = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
const CRISIS = /Childline|Samaritans|999|NSPCC/;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a father at "How can people help Tunde best?"', () => {
  it('"...Not touch him when he is upset..." is kept as how to help, with no safety words and no flag', async () => {
    chat = await typedTo(Step.aboutMeSupport, { who: 'A parent or carer', name: 'Tunde', age: '9' }, {
      [Step.aboutMeStrengths]: 'he is funny and loves trains',
      [Step.aboutMeImportant]: 'his mum and his trains',
    });
    const answer = 'Be calm and patient with him. Not touch him when he is upset. Give him time and a quiet place';
    const replies = await chat.say(answer);
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(JSON.stringify(draft)).toContain('Not touch him when he is upset');
  });
});

describe('"wat worrying thing?? take that note off"', () => {
  it('at the review: what the note is about and when, that it stays, and who to tell; the note is kept', async () => {
    const started = await startWith(
      samAtReview(10, [{ text: 'go to college', theme: 'learning_and_work', needs: ['people in my class call me names'] }], (d) =>
        addFlag(withConfirmedOutcomes(d, () => ({ statement: 'By March 2026, I will get the bus to college.', timeframe: { phrase: 'in a year', date: '2026-03-10' }, measure: 'I get there on time' })), {
          category: 'bullying',
          at: new Date('2025-03-10T09:00:00Z'),
          step: Step.needsBarrier,
        }),
      ),
    );
    chat = started.chat;
    const replies = await chat.say('wat worrying thing?? take that note off');
    const words = saidIn(replies);
    expect(words).toContain(standard('safeguarding:note.about', { kind: standard('safeguarding:note.kind.bullying') }));
    expect(words).toContain(standard('safeguarding:note.when', { when: standard('safeguarding:note.place.needs') }));
    expect(words).toContain(standard('safeguarding:note.stays'));
    expect(words).toContain(standard('safeguarding:note.mixUp'));
    expect(words).not.toContain(standard(COMPLAINT_HEARD));
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(1);
    expect(draft?.aspirations).toHaveLength(1);
  });

  it('in easy read, any time after a flag, in easy words; never kept as an answer', async () => {
    chat = await typedTo(Step.needsBarrier, { mode: 'Easy read', name: 'Jade', age: '17' }, {
      [Step.hopesDream]: 'to go to college on my own',
      [Step.hopesMore]: 'no',
      [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
    });
    await chat.say('people in my class call me names');
    await chat.say('yes im safe');
    await chat.say('carry on');
    await chat.say('noise in the canteen');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say('what worrying thing?? take that note off');
    const words = saidIn(replies);
    expect(words).toContain(easy('safeguarding:note.about', { kind: easy('safeguarding:note.kind.bullying') }));
    expect(words).toContain(easy('safeguarding:note.stays'));
    expect(words).toContain(easy('safeguarding:note.mixUp'));
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(1);
    expect(JSON.stringify(draft)).not.toMatch(/take that note off/);
  });

  it('with no note, it is not answered as one', async () => {
    chat = await typedTo(Step.aboutMeStrengths, { name: 'Sam' });
    const replies = await chat.say('what note');
    expect(saidIn(replies)).not.toContain(standard('safeguarding:note.stays'));
  });
});
