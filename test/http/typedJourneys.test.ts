import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { App } from '../../src/app';
import { hashPassword } from '../../src/review/passwords';
import { expectAGoodDraft } from '../dialogs/journeyDriver';
import { Client, createInvitation, PASSWORD } from '../review/harness';
import { createStores } from '../../src/storage';
import { normaliseLine, SEEN_LABELS, TYPED_LINES, walkTyped, type TypedPerson } from './typedPerson';
import { runApp } from '../support/inProcessApp';

/**
 * Twelve people walk the web chat's Direct Line from the first message to the finished draft,
 * typing every answer in their own words: none of them sends a button's label.
 */
let app: App;
let dir: string;
const running = { url: '' };
/** A key worker's invitation code, as the review site gives it. */
let invitation = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'outcomes-typed-'));
  // A test types far faster than a person: the per-conversation and per-address limits are for people.
  app = (await runApp({ LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '1000', MESSAGES_PER_MINUTE_PER_ADDRESS: '100000' }, { dataDir: dir, now: () => new Date('2025-03-10T10:00:00Z') })).app;
  running.url = app.url;
  const accounts = await createStores({ dataDir: dir });
  await accounts.keyWorkers.addKeyWorker({ email: 'kim@college.example', name: 'Kim Patel', passwordHash: await hashPassword(PASSWORD) }, new Date());
  await accounts.close();
  const keyWorker = new Client(app.url);
  await keyWorker.login('kim@college.example');
  invitation = await createInvitation(keyWorker);
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
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
    [Step.needsMore]: ['nah', 'no nothing else is hard', 'nah thats it'],
    [Step.outcomeStep]: ['read a short book on my own by the summer', 'read a chapter book to my nan by christmas', 'play with a friend at playtime every day by Easter', 'have a best friend to play with every day by christmas', 'ride my bike without help by the summer holidays', 'ride my bike to school with dad by christmas'],
    [Step.outcomeAnother]: ['yes please', 'yeah', 'no thats enough', 'just finish it'],
    // Easy read asks "Is this right?" after each hope.
    [Step.reviewSummary]: ['its all good', 'yeah', 'yes thats right', 'yep', 'yeah its right', 'yup'],
  },
  otherwise: {
    [Step.aboutMeSafe]: 'yes i feel safe',
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
    [Step.outcomeAnother]: ['yes ok', 'yes please', 'no thank you', 'no, finish please'],
    [Step.reviewSummary]: ['yes all correct', 'is right', 'yes correct', 'yes is good', 'yes right', 'ok is good'],
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
    [Step.outcomeStep]: ['play for a team by summer', 'play for the county by christmas', 'save 50 pounds by christmas', 'use my calm plan every week by christmas'],
    [Step.outcomeAnother]: ['ye', 'ye', 'nah', 'just finish thx'],
    [Step.reviewSummary]: ['fine'],
  },
  otherwise: {
    [Step.aboutMeSafe]: 'ye',
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
    [Step.outcomeStep]: ['i wil chanje a tyre on my own by nex summer', 'i wil pay my fone bill by crismas', 'i wil go to the gym wiv a frend evry week by the summer', 'i wil go to the gym on my own evry week by crismas'],
    [Step.outcomeAnother]: ['yeh', 'ye', 'nah im dun', 'just finish'],
    // Each new wording is read back, and agreed to.
    [Step.outcomeConfirm]: ['i will chanje a tyre on my own', 'yeh', 'i will pay my fone bill by crismas', 'yeh', 'i will go to the gym on my own evry week', 'yeh'],
    [Step.reviewSummary]: ['luks gud', 'ye', 'yh its rite', 'ye', 'yep', 'ye'],
  },
  otherwise: {
    [Step.aboutMeSafe]: 'yeh i do',
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
      // "one more please, about meeting people" names what the next outcome is about; its step is asked for.
      'Within a year I will go to a social group every week and talk to two new people each time.',
    ],
    [Step.outcomeAnother]: ['Yes, I would like to add another one about living on my own, if that is alright.', 'Yes, one more please, about meeting people.', "No, I think that covers what matters most for now. Thank you.", "No, let's finish there, thank you."],
    [Step.reviewSummary]: ['Yes, everything in the summary looks accurate to me, thank you for putting it together.'],
  },
  otherwise: {
    [Step.aboutMeSafe]: 'Yes, I do feel safe in all of those places, thank you for asking.',
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
    [Step.outcomeStep]: ['make a simple game on my own by the end of year 11', 'go to coding club every week by christmas', 'be in bed by ten on school nights by easter', 'get up for school on my own every day without being tired by christmas'],
    [Step.outcomeAnother]: ['yeah go on', 'yep', 'nah im good', 'nah just finish'],
    [Step.reviewSummary]: ['all good thanks'],
  },
  otherwise: {
    [Step.aboutMeSafe]: 'yeah i do',
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

const fosterCarer: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['standard is fine'],
    [Step.welcomeConsent]: ['that is fine with me'],
    [Step.welcomeWho]: ["I'm her foster carer"],
    [Step.welcomeName]: ["She's called Zainab"],
    [Step.welcomeAge]: ['she is ten, in year 5'],
    [Step.welcomeInvite]: ["We haven't been given one yet"],
    [Step.aboutMeStrengths]: ['She is brave, funny and brilliant with animals'],
    [Step.aboutMeImportant]: ['Seeing her brother every month and her cat'],
    [Step.aboutMeSupport]: ['Warn her before things change and keep a calm voice'],
    [Step.hopesDream]: ['She wants to work with horses'],
    [Step.hopesMore]: ['yes she would love to go to secondary school with her friends'],
    [Step.hopesTheme]: ['to help make her own packed lunch', 'to go to brownies'],
    [Step.needsBarrier]: ['She gets very anxious around new adults', 'She finds the school day tiring', 'Cutting and spreading are hard for her hands'],
    [Step.needsHelps]: ['A visual timetable', 'A quiet room at lunch', 'Chunky cutlery'],
    [Step.outcomeStep]: ['Zainab will groom a pony at the riding centre with her instructor by the summer', 'Zainab will ride a pony on her own at the riding centre by Christmas', 'Zainab will visit her new secondary school three times by the end of year 6', 'Zainab will make her own sandwich for her packed lunch by Easter', 'Zainab will make her whole packed lunch by herself by Christmas'],
    [Step.outcomeAnother]: ['yes please', 'yes, another one', 'no, we are done thank you', 'finish anyway please'],
    [Step.reviewSummary]: ['That all looks right'],
  },
  otherwise: {
    [Step.hopesMore]: 'no that is everything',
    [Step.hopesTheme]: 'nothing else for now',
    [Step.needsBarrier]: 'She worries about getting things wrong',
    [Step.needsMore]: 'no, that covers it',
    [Step.needsHelps]: 'Time to practise',
    [Step.outcomeDoesForMe]: 'She would feel proud and grown up',
    [Step.outcomeMakesPossible]: 'More time with horses and a calmer start at secondary',
    [Step.outcomeProvides]: 'Weekly sessions with an occupational therapist',
    [Step.outcomeMeasure]: 'Her school and I will note it in her diary',
    [Step.outcomeWhen]: 'by the summer holidays',
    [Step.outcomeConfirm]: 'yes thats correct',
  },
};

const supportWorker: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['normal wording please'],
    [Step.welcomeConsent]: ['yes, he is happy for you to keep them'],
    [Step.welcomeWho]: ["I'm his support worker"],
    [Step.welcomeName]: ['his name is Mohammed'],
    [Step.welcomeAge]: ['he is 20'],
    [Step.welcomeInvite]: ['my code is CODE'],
    [Step.aboutMeStrengths]: ['Mohammed is honest, hard working and great at fixing bikes'],
    [Step.aboutMeImportant]: ['His faith, his family and his bike'],
    [Step.aboutMeSupport]: ['Short clear steps, shown not just told'],
    [Step.hopesDream]: ['He wants a paid job in a bike shop'],
    [Step.hopesMore]: ['he would also like to live in supported living with friends'],
    [Step.hopesTheme]: ['join a cycling club', 'lose some weight'],
    [Step.needsBarrier]: ['He cannot read job adverts', 'He has never paid rent', 'He eats a lot of takeaways'],
    [Step.needsHelps]: ['Me reading things out', 'His brother', 'Nothing much yet'],
    [Step.outcomeStep]: ['Mohammed will work two shifts a week at a bike shop within 12 months', 'Mohammed will pay his rent on time every month by next summer', 'Mohammed will pay all his bills on his own within a year', 'Mohammed will cook a healthy meal twice a week by Christmas'],
    [Step.outcomeAnother]: ['yes sure', 'yep another', 'no thanks, that is plenty', 'finish now thanks'],
    [Step.reviewSummary]: ['looks fine to me'],
    [Step.reviewShare]: ['yes please share it with his key worker'],
  },
  otherwise: {
    [Step.aboutMeSafe]: 'yes, he does feel safe',
    [Step.hopesMore]: 'no more for now',
    [Step.hopesTheme]: 'nothing else',
    [Step.needsBarrier]: 'He gets tired easily',
    [Step.needsMore]: 'nope',
    [Step.needsHelps]: 'Reminders on his phone',
    [Step.outcomeDoesForMe]: 'He would feel independent',
    [Step.outcomeMakesPossible]: 'Living in his own place',
    [Step.outcomeProvides]: 'A job coach one day a week',
    [Step.outcomeMeasure]: 'His manager will record his shifts',
    [Step.outcomeWhen]: 'within a year',
    [Step.outcomeConfirm]: 'spot on',
  },
};

const emojiFifteen: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['just talk normal im 15'],
    [Step.welcomeConsent]: ['👍'],
    [Step.welcomeWho]: ['its just me lol'],
    [Step.welcomeName]: ['ppl call me Bex'],
    [Step.welcomeAge]: ['15 nearly 16'],
    [Step.welcomeInvite]: ['👎'],
    [Step.aboutMeStrengths]: ['im loyal n good at art 🎨'],
    [Step.aboutMeImportant]: ['my friends n my phone'],
    [Step.aboutMeSupport]: ['dont shout at me, just explain'],
    [Step.hopesDream]: ['wanna be a tattoo artist'],
    [Step.hopesMore]: ['yh to have my own place'],
    [Step.hopesTheme]: ['see my mates outside school', 'stop getting headaches'],
    [Step.needsBarrier]: ['i need to be 18 and have a portfolio', 'no money lol', 'i get anxious on buses'],
    [Step.needsHelps]: ['my art teacher', 'my nan gives me a bit', 'music in my ears'],
    [Step.outcomeStep]: ['finish a portfolio of 20 drawings by the end of year 11', 'save 10 pound a week by christmas', 'get the bus to town with a mate once a month by the summer', 'go into town with my mates every week on my own by christmas'],
    [Step.outcomeAnother]: ['yh', 'ok yes', 'nah m8 im good', 'finish m8'],
    [Step.reviewSummary]: ['👍'],
  },
  otherwise: {
    [Step.aboutMeSafe]: 'yh i do',
    [Step.hopesMore]: 'nah',
    [Step.hopesTheme]: 'nah not really',
    [Step.needsBarrier]: 'i forget stuff',
    [Step.needsMore]: 'nah',
    [Step.needsHelps]: 'nothing tbh',
    [Step.outcomeDoesForMe]: 'id feel proud',
    [Step.outcomeMakesPossible]: 'an apprenticeship',
    [Step.outcomeProvides]: 'art club after school',
    [Step.outcomeMeasure]: 'my teacher checks it',
    [Step.outcomeWhen]: 'by the summer',
    [Step.outcomeConfirm]: '👍',
  },
};

const collegeSeventeen: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['regular please'],
    [Step.welcomeConsent]: ['yes ok for me'],
    [Step.welcomeWho]: ['me on my own'],
    [Step.welcomeName]: ['its ayo'],
    [Step.welcomeAge]: ['i go college', 'seventeen'],
    [Step.welcomeInvite]: ['idk what that is'],
    [Step.aboutMeStrengths]: ['easy going and friendly, thats what my tutors say'],
    [Step.aboutMeImportant]: ['my music and my church'],
    [Step.aboutMeSupport]: ['give me notes before the lesson'],
    [Step.hopesDream]: ['to be a sound engineer'],
    [Step.hopesMore]: ['no thats all from me'],
    [Step.hopesTheme]: ['live in a shared house', 'play in a band', 'get my sleep sorted'],
    [Step.needsBarrier]: ['i dont understand the maths in the course', 'i cant cook', 'i dont know any musicians'],
    [Step.needsHelps]: ['my tutor', 'youtube videos', 'my cousin'],
    [Step.outcomeStep]: ['pass the maths unit of my course', 'cook three meals on my own by christmas', 'play a gig with a band by the summer', 'play gigs with a band every month by christmas'],
    [Step.outcomeWhen]: ['easter'],
    [Step.outcomeAnother]: ['sure', 'yep', 'no thats it', 'finish it'],
    [Step.reviewSummary]: ['yes its right'],
  },
  otherwise: {
    [Step.aboutMeSafe]: 'yeah i feel safe',
    [Step.hopesTheme]: 'nah',
    [Step.needsBarrier]: 'i get stressed',
    [Step.needsMore]: 'nope',
    [Step.needsHelps]: 'not much',
    [Step.outcomeDoesForMe]: 'i would be confident',
    [Step.outcomeMakesPossible]: 'a job in a studio',
    [Step.outcomeProvides]: 'a maths tutor once a week',
    [Step.outcomeMeasure]: 'my tutor marks it',
    [Step.outcomeWhen]: 'by summer',
    [Step.outcomeConfirm]: 'yep thats it',
  },
  interrupt: [
    { at: Step.needsBarrier, nth: 2, say: 'can we do easy read please' },
    { at: Step.outcomeStep, nth: 2, say: 'normal words' },
  ],
};

const ealParentSix: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['easy one please'],
    [Step.welcomeConsent]: ['yes you can keep'],
    [Step.welcomeWho]: ['I am mother of the child'],
    [Step.welcomeName]: ['Oliwia'],
    [Step.welcomeAge]: ['She is in year 1'],
    [Step.welcomeInvite]: ['no she has not give us code'],
    [Step.aboutMeStrengths]: ['she is very kind and love dancing'],
    [Step.aboutMeImportant]: ['her sister and her teddy'],
    [Step.aboutMeSupport]: ['show pictures, use easy words'],
    [Step.hopesDream]: ['she want to speak english with friends'],
    [Step.hopesMore]: ['no'.concat(' more')],
    [Step.hopesTheme]: ['get dressed alone', 'go to dance class'],
    [Step.needsBarrier]: ['she know only few english words', 'buttons are hard for her', 'she is shy in new place'],
    [Step.needsHelps]: ['teacher use pictures', 'i help her', 'her sister go with her'],
    [Step.outcomeStep]: ['Oliwia will ask her friend to play in english by the summer', 'Oliwia will talk in english with her friends at school by christmas', 'Oliwia will put on her coat by herself by Easter', 'Oliwia will get dressed for school by herself by christmas', 'Oliwia will go to dance class every week by the summer', 'Oliwia will dance in the christmas show'],
    [Step.outcomeAnother]: ['yes ok', 'yes again', 'no finish', 'no just finish'],
    [Step.reviewSummary]: ['yes is all correct', 'is correct', 'yes is right', 'yes correct', 'ok is good', 'yes good'],
  },
  otherwise: {
    [Step.hopesTheme]: 'no nothing',
    [Step.needsBarrier]: 'she get tired',
    [Step.needsMore]: 'no nothing',
    [Step.needsHelps]: 'i help',
    [Step.outcomeDoesForMe]: 'she will be happy',
    [Step.outcomeMakesPossible]: 'she can have friends',
    [Step.outcomeProvides]: 'english help at school',
    [Step.outcomeMeasure]: 'teacher will see',
    [Step.outcomeWhen]: 'summer',
    [Step.outcomeConfirm]: 'yes correct',
  },
};

const unclearAtFirst: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['hmm', 'whatever'],
    [Step.welcomeConsent]: ['hmmm', 'eh?', 'ok then'],
    [Step.welcomeWho]: ['its me'],
    [Step.welcomeName]: ['lol', 'haha x', 'yes'],
    [Step.welcomeAge]: ['old enough', 'old enough lol'],
    [Step.welcomeInvite]: ['what code?'],
    [Step.aboutMeStrengths]: ['im good at climbing'],
    [Step.aboutMeImportant]: ['my mum'],
    [Step.aboutMeSupport]: ['ok but can I stop soon', 'let me move around'],
    [Step.hopesDream]: ['to climb a real mountain'],
    [Step.hopesMore]: ['yes and I also want to drive'],
    [Step.hopesTheme]: ['have a girlfriend', 'get fit'],
    [Step.needsBarrier]: ['i get scared of heights sometimes', 'i cant afford lessons', 'i dont talk to girls'],
    [Step.needsHelps]: ['my climbing coach', 'my dad', 'my friend'],
    [Step.outcomeStep]: ['climb the big wall at the centre on my own by the summer', 'climb a real rock face outdoors with my club by christmas', 'have 10 driving lessons by next summer', 'drive on the road with my dad next to me by christmas', 'go to a youth club every week by Christmas'],
    [Step.outcomeAnother]: ['yes', 'yes please', 'nah thats enough', 'nah just finish'].map((a) => (a === 'yes' ? 'yeah' : a)),
    [Step.reviewSummary]: ['looks right'],
  },
  otherwise: {
    [Step.aboutMeSafe]: 'yep i do',
    [Step.hopesMore]: 'nope',
    [Step.hopesTheme]: 'no',
    [Step.needsBarrier]: 'i give up easily',
    [Step.needsMore]: 'nah',
    [Step.needsHelps]: 'nothing',
    [Step.outcomeDoesForMe]: 'i would feel free',
    [Step.outcomeMakesPossible]: 'climbing trips',
    [Step.outcomeProvides]: 'a climbing club place',
    [Step.outcomeMeasure]: 'my coach will sign it off',
    [Step.outcomeWhen]: 'by the summer',
    [Step.outcomeConfirm]: 'perfect',
  },
};

/** A mum of a 15-year-old who chats, is often unsure, and types text-speak, asides and wording requests. */
const chattyMumOfFifteen: TypedPerson = {
  says: {
    [Step.welcomeReadingMode]: ['normal words is fine'],
    [Step.welcomeConsent]: ['yes thats fine'],
    [Step.welcomeWho]: ['im his mum'],
    [Step.welcomeName]: ['Leo'],
    [Step.welcomeAge]: ['hes 15 in year 10'],
    [Step.welcomeInvite]: ['no we dont'],
    [Step.aboutMeStrengths]: ['he is funny and really good with computers'],
    [Step.aboutMeImportant]: ['his xbox and his cousins'],
    [Step.aboutMeSupport]: ['give him time and dont shout'],
    [Step.hopesDream]: ["he wants to work with computers and also he'd love to live near his nan"],
    [Step.hopesMore]: ['no thats it'],
    [Step.needsBarrier]: ['he cant do maths wiv out help', 'he gets lost on buses'],
    [Step.needsHelps]: ['his teacher helps', 'i go with him'],
    [Step.outcomeStep]: ['fix a laptop on his own by the end of year 11', 'get the bus to his nans on his own by the end of year 11', 'use a calculator to check his money by the end of year 11'],
    [Step.outcomeMeasure]: ['is that the measure thing? his teacher would see him fix one without help'],
    [Step.outcomeConfirm]: ['yes but use my words'],
    [Step.outcomeAnother]: ['yeah go on', 'yeah another one', 'no thats enough', 'finish now'],
    [Step.outcomeProvides]: ['a job coach'],
  },
  interrupt: [
    { at: Step.aboutMeStrengths, say: "That's lovely to hear, thanks" },
    { at: Step.outcomeStep, say: 'hmm not sure what to put' },
    { at: Step.outcomeMeasure, say: 'maybe' },
    { at: Step.outcomeProvides, nth: 2, say: 'idk maybe' },
  ],
  otherwise: {
    [Step.aboutMeSafe]: 'yes he is safe',
    [Step.hopesTheme]: 'no nothing else',
    [Step.needsBarrier]: 'he gets tired',
    [Step.needsHelps]: 'i help him',
    [Step.needsMore]: 'nah thats all',
    [Step.outcomeDoesForMe]: 'he would feel proud',
    [Step.outcomeMakesPossible]: 'he could do more on his own',
    [Step.outcomeProvides]: 'his teacher to practise with him',
    [Step.outcomeMeasure]: 'i will see him do it',
    [Step.outcomeWhen]: 'by the end of year 11',
    [Step.outcomeConfirm]: 'yeah that reads well',
    [Step.outcomeAnother]: 'nah',
    [Step.reviewSummary]: 'thats all fine thank you',
  },
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
  it('a foster carer of a 10-year-old girl', async () => {
    const run = await walkTyped(running.url, fosterCarer, 'typed-zainab');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ who: 'parent_carer', pronoun: 'she', name: 'Zainab', age: 10, schoolYear: 5 });
  });

  it('a support worker chatting about a 20-year-old, with the key worker code', async () => {
    const plain = invitation.replace('-', '');
    const typedCode = `${plain.slice(0, 4)}-${plain.slice(4)}`.toLowerCase();
    const person = { ...supportWorker, says: { ...supportWorker.says, [Step.welcomeInvite]: [`my code is ${typedCode}`] } };
    const run = await walkTyped(running.url, person, 'typed-mohammed');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ who: 'supporter', pronoun: 'he', name: 'Mohammed', age: 20 });
    expect(run.draft.keyWorker).toMatchObject({ invitationCode: invitation.replace('-', ''), shared: true });
    // Asked about Mohammed, not about "you" or "your child".
    expect(run.said.join(' ')).toMatch(/What do people like and admire about Mohammed/);
    expect(run.said.join(' ')).toMatch(/young person's first name/);
    expect(run.said.join(' ')).not.toMatch(/your child/);
  });

  it('a 15-year-old who answers in emoji and text-speak', async () => {
    const run = await walkTyped(running.url, emojiFifteen, 'typed-bex');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ who: 'self', name: 'Bex', age: 15, readingMode: 'standard' });
    expect(run.draft.keyWorker?.invitationCode).toBeUndefined();
  });

  it('a 17-year-old at college who types "easter" as a date and switches reading mode in words', async () => {
    const run = await walkTyped(running.url, collegeSeventeen, 'typed-ayo');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ name: 'Ayo', age: 17, readingMode: 'standard' });
    // "easter" is a date, never a switch to easy read: so soon, the bot offers it as a first step, and the
    // time typed at that offer ("by summer") is the one kept for the outcome.
    expect(run.said.join(' ')).toMatch(/"easter" is soon/i);
    expect(run.said.join(' ')).toMatch(/I kept "by summer" as you said/i);
    expect(run.draft.outcomes[0]!.timeframe).toMatchObject({ phrase: 'by summer', date: expect.stringMatching(/^2025-07-/) });
    expect(run.said.join(' ')).toMatch(/I will use easy read|I'll use easy read/i);
  });

  it('a parent with English as an additional language, of a 6-year-old, in easy read', async () => {
    const run = await walkTyped(running.url, ealParentSix, 'typed-oliwia');
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ who: 'parent_carer', name: 'Oliwia', schoolYear: 1, readingMode: 'easy_read' });
    expect(run.said.join(' ')).not.toMatch(/ask a parent or carer to sit with you/i);
  });

  it('someone whose first replies are unclear: never asked a third time, sensible defaults said aloud', async () => {
    const run = await walkTyped(running.url, unclearAtFirst, 'typed-unclear');
    expectAGoodDraft(run.draft);
    // Reading mode: standard by default, and said so; name: the best reading confirmed; age: left, not invented.
    expect(run.draft.youngPerson.readingMode).toBe('standard');
    expect(run.said.join(' ')).toMatch(/standard words for now/i);
    expect(run.said.join(' ')).toMatch(/Please tap one of the buttons/i);
    expect(run.draft.youngPerson.age).toBeUndefined();
    expect(run.draft.youngPerson.schoolYear).toBeUndefined();
    // "ok but can I stop soon" answered the question and was told how far along it is.
    expect(run.said.join(' ')).toMatch(/part \d of \d/);
    expect(run.draft.aboutMe.support).toEqual(['let me move around']);
    // "yes and I also want to drive" is a new hope, without the yes.
    expect(run.draft.aspirations.map((a) => a.text)).toContain('I also want to drive');
  });

  it('a chatty mum of a 15-year-old: remarks, "maybe" and asides are never kept; ideas fit a teenager', async () => {
    const run = await walkTyped(running.url, chattyMumOfFifteen, 'typed-leo');
    expectAGoodDraft(run.draft);
    expect(run.draft.aboutMe.strengths).toEqual(['he is funny and really good with computers']);
    expect(run.draft.aspirations.map((a) => a.text)).toEqual(['he wants to work with computers', "he'd love to live near his nan"]);
    const said = run.said.join(' ');
    expect(said).toMatch(/Leo will get the bus to school with a friend/);
    expect(said).not.toMatch(/spoon|nursery/);
    const outcomes = run.draft.outcomes;
    expect(outcomes.map((o) => o.measure).join(' ')).not.toMatch(/maybe|measure thing/);
    expect(outcomes[0]!.measure).toBe('his teacher would see him fix one without help');
    expect(outcomes.flatMap((o) => o.provision.map((p) => p.text)).join(' ')).not.toMatch(/maybe|idk/);
    // A job coach for a 15-year-old still at school is education provision, as on a supported internship.
    expect(outcomes[0]!.provision).toContainEqual(expect.objectContaining({ text: 'a job coach', by: 'education' }));
    expect(outcomes.map((o) => o.statement).join(' ')).not.toMatch(/my words/);
  });

  it('none of them sent a button label of either register', () => {
    expect(TYPED_LINES.length).toBeGreaterThan(300);
    expect([...SEEN_LABELS].some((label) => label.includes('easy'))).toBe(true);
    const sent = TYPED_LINES.filter((line) => SEEN_LABELS.has(normaliseLine(line)));
    expect(sent).toEqual([]);
  });
});
