import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { expectAGoodDraft } from '../dialogs/journeyDriver';
import { runApp, type RunningApp } from '../security/appHarness';
import { walkTyped, type TypedPerson } from './typedPerson';

let running: RunningApp;

beforeAll(async () => {
  running = await runApp({ LOG_LEVEL: 'error', MESSAGES_PER_MINUTE: '1000' }, { now: () => new Date('2025-03-10T10:00:00Z') });
});

afterAll(async () => {
  await running?.stop();
});

const eightWithMum: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['the easy one please'],
    [Step.welcomeConsent]: ['yeah thats ok'],
    [Step.welcomeWho]: ['me and my mum is helping me type'],
    [Step.welcomeName]: ['im Lily'],
    [Step.welcomeAge]: ['i am 8 in year 3'],
    [Step.welcomeInvite]: ['we dont have one'],
    [Step.aboutMeStrengths]: ['i am kind and good at drawing'],
    [Step.aboutMeImportant]: ['my dog biscuit and my nan'],
    [Step.aboutMeSupport]: ['show me pictures and dont rush me'],
    [Step.hopesDream]: ['i want to be a vet when im big'],
    [Step.hopesMore]: ['nope'],
    [Step.hopesTheme]: ['read a book by myself', 'have a best friend at school', 'ride my bike'],
    [Step.needsBarrier]: ['reading is hard the words jump', 'i get shy at playtime', 'i cant balance yet'],
    [Step.needsHelps]: ['my mum reads with me', 'my teacher helps me join in', 'dad holds the bike'],
    [Step.needsMore]: ['nah', 'no thanks', 'nah thats it'],
    [Step.outcomeStep]: ['read a short book on my own by the summer', 'play with a friend at playtime every day by Easter', 'ride my bike without help by the summer holidays'],
    [Step.outcomeAnother]: ['yes please', 'yeah', 'no thats enough'],
    [Step.reviewSummary]: ['its all good'],
  },
  otherwise: {
    [Step.needsBarrier]: 'i get tired',
    [Step.outcomeDoesForMe]: 'i would feel happy and big',
    [Step.outcomeMakesPossible]: 'i could do more things by myself',
    [Step.outcomeProvides]: 'my teacher to practise with me',
    [Step.outcomeMeasure]: 'my mum will see me do it',
    [Step.outcomeWhen]: 'by the summer',
    [Step.outcomeConfirm]: 'yep thats it',
    [Step.needsHelps]: 'my mum helps',
    [Step.needsMore]: 'nah',
  },
};

const parentOfTwo: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['simple words please, my english not so good'],
    [Step.welcomeConsent]: ['ok fine'],
    [Step.welcomeWho]: ['i am his mother'],
    [Step.welcomeName]: ['his name is adam'],
    [Step.welcomeAge]: ['he is 2'],
    [Step.welcomeInvite]: ['no i dont have one'],
    [Step.aboutMeStrengths]: ['he is happy boy, he like music'],
    [Step.aboutMeImportant]: ['his family and his toy car'],
    [Step.aboutMeSupport]: ['speak slow and show him'],
    [Step.hopesDream]: ['i want he can talk to us'],
    [Step.hopesMore]: ['yes he play with other children'],
    [Step.hopesTheme]: ['he eat by himself', 'sleep in own bed'],
    [Step.needsBarrier]: ['he say only few words', 'he is scared of other kids', 'he wake up in night'],
    [Step.needsHelps]: ['speech lady come every month', 'i stay with him', 'we sing song'],
    [Step.outcomeStep]: ['adam will say 10 words in 6 months', 'adam will play next to other child for 5 minutes by the summer', 'adam will sleep in his bed 3 nights a week by the summer'],
    [Step.outcomeAnother]: ['yes ok', 'yes please', 'no thank you'],
    [Step.reviewSummary]: ['yes all correct'],
  },
  otherwise: {
    [Step.needsBarrier]: 'he get upset when it is loud',
    [Step.hopesMore]: 'no more',
    [Step.hopesTheme]: 'nothing more',
    [Step.needsMore]: 'nothing else',
    [Step.needsHelps]: 'i help him',
    [Step.outcomeDoesForMe]: 'he will be more happy',
    [Step.outcomeMakesPossible]: 'he can go to nursery',
    [Step.outcomeProvides]: 'speech therapy every week',
    [Step.outcomeMeasure]: 'i will count',
    [Step.outcomeWhen]: 'in six months',
    [Step.outcomeConfirm]: 'yes correct',
  },
};

const oneWordFourteen: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['normal'],
    [Step.welcomeConsent]: ['k'],
    [Step.welcomeWho]: ['myself'],
    [Step.welcomeName]: ['kai'],
    [Step.welcomeAge]: ['14'],
    [Step.welcomeInvite]: ['nah'],
    [Step.aboutMeStrengths]: ['football'],
    [Step.aboutMeImportant]: ['mates'],
    [Step.aboutMeSupport]: ['patience'],
    [Step.hopesDream]: ['footballer'],
    [Step.hopesMore]: ['nah'],
    [Step.hopesTheme]: ['flat', 'mates', 'fitness'],
    [Step.needsBarrier]: ['reading', 'money', 'anger'],
    [Step.needsHelps]: ['coach', 'mum', 'music'],
    [Step.outcomeStep]: ['play for a team by summer', 'save 50 pounds by christmas', 'use my calm plan every week by easter'],
    [Step.outcomeAnother]: ['ye', 'ye', 'nah'],
    [Step.reviewSummary]: ['fine'],
  },
  otherwise: {
    [Step.needsBarrier]: 'shyness',
    [Step.hopesTheme]: 'nah',
    [Step.needsMore]: 'nah',
    [Step.needsHelps]: 'nothing',
    [Step.outcomeDoesForMe]: 'confidence',
    [Step.outcomeMakesPossible]: 'trials',
    [Step.outcomeProvides]: 'coaching',
    [Step.outcomeMeasure]: 'matches',
    [Step.outcomeWhen]: 'summer',
    [Step.outcomeConfirm]: 'ye',
  },
};

const easyReadSixteen: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['eezy reed'],
    [Step.welcomeConsent]: ['yse'],
    [Step.welcomeWho]: ['meee'],
    [Step.welcomeName]: ['my naem is tyler'],
    [Step.welcomeAge]: ['im sixten'],
    [Step.welcomeInvite]: ['no i havnt got 1'],
    [Step.aboutMeStrengths]: ['im gud at gamez and helpin'],
    [Step.aboutMeImportant]: ['my mum and my dog'],
    [Step.aboutMeSupport]: ['short wurds and tim to think'],
    [Step.hopesDream]: ['i wanna wurk in a garaj fixin cars'],
    [Step.hopesMore]: ['nah'],
    [Step.hopesTheme]: ['liv on my own wen im older', 'go to the gym wiv frends', 'feel les wurried'],
    [Step.needsBarrier]: ['i cant reed the manuals', 'i dont no how to pay bills', 'i get panik in crowds'],
    [Step.needsHelps]: ['my teecher reads for me', 'my mum helps', 'hedfones'],
    [Step.outcomeStep]: ['i wil chanje a tyre on my own by nex summer', 'i wil pay my fone bill by crismas', 'i wil go to the gym wiv a frend evry week by the summer'],
    [Step.outcomeAnother]: ['yeh', 'ye', 'nah im dun'],
    [Step.reviewSummary]: ['luks gud'],
  },
  otherwise: {
    [Step.needsBarrier]: 'i get wurried',
    [Step.hopesTheme]: 'nah',
    [Step.needsMore]: 'nope',
    [Step.needsHelps]: 'nuffin',
    [Step.outcomeDoesForMe]: 'i wud feel proud',
    [Step.outcomeMakesPossible]: 'get a job',
    [Step.outcomeProvides]: 'sumone to sho me',
    [Step.outcomeMeasure]: 'my teecher wil see',
    [Step.outcomeWhen]: 'by the sumer',
    [Step.outcomeConfirm]: 'yeh',
  },
};

const longParagraphsNineteen: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['I would prefer the standard version please, I read a lot and long sentences are fine for me.'],
    [Step.welcomeConsent]: ['Yes, I understand that you keep my answers so I can come back later, and that is fine by me.'],
    [Step.welcomeWho]: ['It is just me, I am doing this on my own because I wanted to think about my plan before my review.'],
    [Step.welcomeName]: ['My name is Jordan, but most people call me Jordie. Jordan is fine though.'],
    [Step.welcomeAge]: ['I am nineteen years old and I am in my second year at college doing a catering course.'],
    [Step.welcomeInvite]: ["I don't have a code yet. I think my key worker is going to send one but it hasn't arrived."],
    [Step.aboutMeStrengths]: ['People say I am reliable and I always turn up on time. I am also a good cook and I am patient with younger kids at the youth club where I volunteer.'],
    [Step.aboutMeImportant]: ['My independence matters most to me. Also my girlfriend, my mum, and being able to cook my own food the way I like it.'],
    [Step.aboutMeSupport]: ['Give me written instructions as well as spoken ones, and let me take a break when things get loud, because noise makes it hard for me to think.'],
    [Step.hopesDream]: ['In the long run I would love to run my own small cafe, somewhere quiet, where I can cook the food I love and know my regular customers by name.'],
    [Step.hopesMore]: ['Yes. I would also like to live in my own flat with my girlfriend one day, close to my mum but not with her.'],
    [Step.hopesTheme]: ['I would like to have a few good friends outside college that I see every week, maybe from a cooking club or the gym.', 'I want to feel less anxious and sleep properly, because when I am tired everything is harder.'],
    [Step.needsBarrier]: ['I struggle with money, especially working out prices and keeping to a budget, which would matter a lot in a cafe.', 'I have never managed bills or rent, and the letters from the council confuse me.', 'I get very anxious meeting new people and I often cancel plans at the last minute.'],
    [Step.needsHelps]: ['My tutor goes through the maths with me slowly and lets me use a calculator.', 'My mum explains letters to me when I take them round.', 'Texting first before I meet people helps a bit.'],
    [Step.outcomeStep]: [
      'By the end of my course next summer, I will work out the price of a dish and keep a weekly food budget on my own.',
      'Within twelve months I will pay my phone bill and one household bill every month without help.',
      'By Christmas I will go to a cooking club once a week and stay for the whole session.',
    ],
    [Step.outcomeAnother]: ['Yes, I would like to add another one about living on my own, if that is alright.', 'Yes, one more please, about meeting people.', "No, I think that covers what matters most for now. Thank you."],
    [Step.reviewSummary]: ['Yes, everything in the summary looks accurate to me, thank you for putting it together.'],
  },
  otherwise: {
    [Step.needsBarrier]: 'I find it hard to keep going when I am tired, and I lose track of time.',
    [Step.hopesMore]: 'No, I think those are my main hopes for now.',
    [Step.hopesTheme]: 'Nothing else for that part, thank you.',
    [Step.needsMore]: 'No, I think that is everything that makes it hard at the moment.',
    [Step.needsHelps]: 'Nothing really helps with that yet, to be honest.',
    [Step.outcomeDoesForMe]: 'It would make me feel much more confident and in control of my own life.',
    [Step.outcomeMakesPossible]: 'It would make it possible to live on my own and eventually run a business.',
    [Step.outcomeProvides]: 'I would need a tutor session once a week and an app to track spending.',
    [Step.outcomeMeasure]: 'My tutor and I would check my budget sheet together every Friday.',
    [Step.outcomeWhen]: 'By the end of my course next summer, I would say.',
    [Step.outcomeConfirm]: 'Yes, that wording is right, thank you.',
  },
};

const backSkipStop: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['normal words pls'],
    [Step.welcomeConsent]: ['sure why not'],
    [Step.welcomeWho]: ['just me'],
    [Step.welcomeName]: ['call me Jay'],
    [Step.welcomeAge]: ['yr 10'],
    [Step.welcomeInvite]: ['not yet no'],
    [Step.aboutMeStrengths]: ['im funny and i never give up'],
    [Step.aboutMeImportant]: ['my little brother', 'my little brother and my xbox'],
    [Step.aboutMeSupport]: ['explain things twice'],
    [Step.hopesDream]: ['to be a game designer'],
    [Step.hopesMore]: ['nope'],
    [Step.hopesTheme]: ['live with mates', 'join a coding club', 'sleep better'],
    [Step.needsBarrier]: ['maths is really hard', 'i dont know anyone who codes', 'i stay up too late on my phone'],
    [Step.needsHelps]: ['my maths teacher', 'youtube', 'nothing really'],
    [Step.outcomeStep]: ['make a simple game on my own by the end of year 11', 'go to coding club every week by christmas', 'be in bed by ten on school nights by easter'],
    [Step.outcomeAnother]: ['yeah go on', 'yep', 'nah im good'],
    [Step.reviewSummary]: ['all good thanks'],
  },
  otherwise: {
    [Step.needsBarrier]: 'i get distracted easily',
    [Step.hopesTheme]: 'nah',
    [Step.needsMore]: 'no thats it',
    [Step.needsHelps]: 'not much',
    [Step.outcomeDoesForMe]: 'i would feel proud',
    [Step.outcomeMakesPossible]: 'i could make games with friends',
    [Step.outcomeProvides]: 'a mentor at school',
    [Step.outcomeMeasure]: 'i can show it to my teacher',
    [Step.outcomeWhen]: 'by the end of year 11',
    [Step.outcomeConfirm]: 'yep',
  },
  interrupt: [
    { at: Step.aboutMeSupport, nth: 1, say: 'go back' },
    { at: Step.aboutMeSupport, nth: 2, say: 'skip this one' },
  ],
  stopAt: { step: Step.hopesDream, stop: 'i have to go now, can u save it', haveCode: 'ive got a code from last time' },
};

describe('whole journeys typed, not tapped', () => {
  it('an 8-year-old with a parent helping', async () => {
    const run = await walkTyped(running.url, eightWithMum, 'typed-lily');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ who: 'helper', name: 'Lily', age: 8, schoolYear: 3, readingMode: 'easy_read' });
  });

  it('a parent of a 2-year-old who writes in simple English', async () => {
    const run = await walkTyped(running.url, parentOfTwo, 'typed-adam');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ who: 'parent_carer', pronoun: 'he', name: 'Adam', age: 2, readingMode: 'easy_read' });
    // A parent is never taken for the child and asked to fetch a parent.
    expect(run.said.join(' ')).not.toMatch(/ask a parent or carer to sit with you/i);
  });

  it('a 14-year-old who answers in one word', async () => {
    const run = await walkTyped(running.url, oneWordFourteen, 'typed-kai');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ who: 'self', name: 'Kai', age: 14, schoolYear: 9, readingMode: 'standard' });
  });

  it('a 16-year-old in easy read who misspells most words', async () => {
    const run = await walkTyped(running.url, easyReadSixteen, 'typed-tyler');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ name: 'Tyler', age: 16, readingMode: 'easy_read' });
  });

  it('a 19-year-old who writes long paragraphs', async () => {
    const run = await walkTyped(running.url, longParagraphsNineteen, 'typed-jordan');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ who: 'self', name: 'Jordan', age: 19, schoolYear: 13 });
    expect(run.draft.aspirations.map((a) => a.text).join(' ')).toMatch(/own flat/);
  });

  it('someone who types back, skip and stop, and carries on on another device', async () => {
    const run = await walkTyped(running.url, backSkipStop, 'typed-jay');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ name: 'Jay', schoolYear: 10 });
    expect(run.draft.aboutMe.important).toEqual(['my little brother and my xbox']);
    expect(run.draft.aboutMe.support).toEqual([]);
    expect(run.draft.aspirations[0]!.text).toMatch(/game designer/);
  });
});
