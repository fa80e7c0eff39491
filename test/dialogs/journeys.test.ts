import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { journeyTally } from '../support/signable';
import { writeExports } from '../support/writeExports';
import { Step } from '../../dialogs/ids';
import { outcomesOf, Transcript } from '../support/transcript';
import { expectAGoodDraft, playJourney, type JourneyRun } from './journeyDriver';

/** Early in the spring term, so an age alone gives one school year and "by next summer" is six months off. */
const SPRING = '2025-01-13';

describe('whole journeys', () => {
  let run: JourneyRun | undefined;
  afterAll(() => {
    const { signable, all, rejected } = journeyTally;
    console.log(`signable outcomes across the whole journeys: ${signable}/${all}${rejected.length ? `\n${rejected.join('\n')}` : ''}`);
  });
  const extra: Transcript[] = [];
  afterEach(async (context) => {
    // DRAFTS_DIR=... writes each finished draft as HTML and Word, for reading as a coordinator would.
    if (process.env.DRAFTS_DIR && run) await writeExports(process.env.DRAFTS_DIR, context.task.name, run.draft);
    for (const chat of extra.splice(0)) await chat.close();
    await run?.chat.close();
    run = undefined;
  });

  it('an autistic 15-year-old who wants to design games', async () => {
    run = await playJourney({
      today: SPRING,
      answers: {
        [Step.welcomeName]: ['Alex'],
        [Step.welcomeAge]: ['15'],
        [Step.hopesDream]: ['I want to design video games'],
        [Step.hopesTheme]: ['get a job making games', 'have a friend to play games with', 'be less anxious', 'live in my own flat one day'],
        [Step.needsBarrier]: ['I find maths hard', 'I dont know how to start talking to people', 'loud places make me panic', 'I cant cook'],
        [Step.outcomeStep]: ['By the end of Year 11 I will make a simple game on my own', 'I will join the coding club and talk to one person there by Christmas', 'By next summer I will use my calm plan when a place gets loud'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no', 'finish anyway'],
      },
    });
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ name: 'Alex', age: 15, schoolYear: 10 });
    expect(run.draft.outcomes).toHaveLength(3);
    expect(run.draft.outcomes[0]!.statement).toMatch(/make a simple game on my own/);
    expect(run.draft.outcomes[0]!.timeframe).toEqual({ phrase: expect.stringMatching(/end of Year 11/i), date: '2026-07-22' });
  });

  it('a parent of a 4-year-old who does not talk yet: outcomes 3 to 6 months ahead, in the child\'s name', async () => {
    run = await playJourney({
      today: SPRING,
      answers: {
        [Step.welcomeWho]: ['A parent or carer'],
        [Step.welcomeName]: ['Maisie'],
        [Step.welcomeAge]: ["she's 4", 'reception'],
        [Step.hopesDream]: ['I want Maisie to be able to tell us what she wants'],
        [Step.hopesTheme]: ['play with other children at nursery', 'sleep through the night'],
        [Step.needsBarrier]: ['she does not use words yet', 'she gets upset when other children come close', 'she wakes up a lot'],
        [Step.outcomeStep]: ['Maisie will use pictures to ask for a drink', 'Maisie will play next to another child for five minutes', 'Maisie will sleep in her own bed'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no'],
      },
    });
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson.who).toBe('parent_carer');
    const sixMonths = new Date('2025-09-30');
    for (const outcome of run.draft.outcomes) {
      expect(outcome.statement).toMatch(/Maisie|I will/);
      expect(new Date(outcome.timeframe!.date) <= sixMonths).toBe(true);
    }
  });

  it('a 19-year-old who wants their own flat', async () => {
    run = await playJourney({
      today: SPRING,
      answers: {
        [Step.welcomeName]: ['Jordan'],
        [Step.welcomeAge]: ['19'],
        [Step.hopesDream]: ['I want my own flat'],
        [Step.hopesTheme]: ['work in a shop', 'see my mates more', 'get fitter'],
        [Step.needsBarrier]: ['I cant manage money', 'I get lost on new bus routes', 'I dont have anyone to go out with', 'I get tired easily'],
        [Step.outcomeStep]: ['In 12 months I will pay my own phone bill every month', 'By next summer I will travel to the job centre on my own', 'I will go to the gym twice a week by Christmas'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no'],
      },
    });
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson.age).toBe(19);
  });

  it('an easy-read learner who misspells most words', async () => {
    run = await playJourney({
      today: SPRING,
      answers: {
        [Step.welcomeReadingMode]: ['esy reed'],
        [Step.welcomeConsent]: ['yes'],
        [Step.welcomeWho]: ['me'],
        [Step.welcomeAge]: ['im 16'],
        [Step.aboutMeStrengths]: ['im gud at drawin'],
        [Step.hopesDream]: ['i wanna wurk wiv animuls'],
        [Step.hopesMore]: ['nah'],
        [Step.hopesTheme]: ['liv on my own', 'go to the park wiv my frends', 'no'],
        [Step.needsBarrier]: ['i cant reed well', 'i dont no how to cook', 'i get scard on my own', 'nothin'],
        [Step.needsMore]: ['no', 'no', 'no', 'no'],
        [Step.outcomeStep]: ['by next sumer i will help at the farm evry week', 'i will make my tea on my own by crismas', 'i will go to the park wiv a frend evry saturday by the summer'],
        [Step.outcomeConfirm]: ['yes', 'yeh', 'yep'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no'],
        [Step.reviewSummary]: ['looks good'],
        [Step.reviewShare]: ['not yet'],
      },
    });
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson.readingMode).toBe('easy_read');
    const questions = run.chat.all.filter((a) => outcomesOf(a)?.step && outcomesOf(a)?.step !== Step.welcomeReadingMode);
    expect(questions.every((a) => outcomesOf(a)?.mode === 'easy_read')).toBe(true);
  });

  it('a young person who answers "dunno" to almost everything', async () => {
    run = await playJourney({
      today: SPRING,
      answers: {
        [Step.welcomeName]: ['dunno'],
        [Step.aboutMeStrengths]: ['dunno', 'dunno'],
        [Step.aboutMeImportant]: ['idk', 'idk'],
        [Step.aboutMeSupport]: ['not sure', 'not sure'],
        [Step.hopesDream]: ['dunno', 'maybe be a mechanic'],
        [Step.hopesTheme]: ['dunno', 'dunno', 'live near my nan', 'dunno', 'dunno', 'play football', 'dunno', 'dunno'],
        [Step.needsBarrier]: ['dunno', 'i cant read car manuals', 'dunno', 'dunno', 'dunno', 'buses are confusing', 'dunno', 'dunno', 'nobody to play with'],
        [Step.needsHelps]: ['dunno', 'dunno', 'dunno', 'dunno', 'dunno', 'dunno'],
        [Step.outcomeDoesForMe]: ['dunno', 'dunno'],
        [Step.outcomeStep]: ['fix a bike with my uncle by next summer', 'get the bus to my nan on my own by christmas', 'play in a football team every week by the end of this school year'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no', 'finish anyway'],
      },
    });
    expectAGoodDraft(run.draft);
    const stored = JSON.stringify(run.draft);
    expect(stored).not.toMatch(/dunno|idk|not sure/i);
  });

  it('a young person who answers with support: it is kept as provision, not as an outcome', async () => {
    run = await playJourney({
      today: SPRING,
      answers: {
        [Step.hopesDream]: ['I want to go to college'],
        [Step.hopesTheme]: ['get a job', 'make friends', 'be healthy'],
        [Step.outcomeStep]: ['i need a TA', 'By the end of Year 11 I will finish my work in lessons', 'more help', 'I will say hello to one new person each week by Christmas', 'I will walk to school three times a week by the summer'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no'],
      },
    });
    expectAGoodDraft(run.draft);
    const provision = run.draft.outcomes.flatMap((o) => o.provision.map((p) => p.text.toLowerCase()));
    expect(provision.some((p) => p.includes('ta'))).toBe(true);
  });

  it('uses back, skip, stop and a resume code in a new conversation', async () => {
    let code: string | undefined;
    run = await playJourney({
      today: SPRING,
      answers: {
        [Step.aboutMeStrengths]: ['skip'],
        [Step.hopesDream]: ['I want to be a chef'],
        [Step.hopesTheme]: ['live with friends', 'go to youth club', 'sleep better'],
        [Step.outcomeStep]: ['I will cook a meal for my family once a week by next summer', 'I will go to youth club every Friday by Christmas', 'I will go to bed by ten on school nights by the summer'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no'],
      },
      onStep: async (chat, step, turn) => {
        if (step === Step.aboutMeImportant && !code) {
          await chat.say('My brother');
          await chat.say('back');
          expect(chat.step).toBe(Step.aboutMeImportant);
          const replies = await chat.say('stop');
          code = replies.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean);
          expect(code).toBeTruthy();
          // A new conversation on another device continues the same draft.
          const other = await Transcript.start({ today: SPRING, stores: chat.stores });
          extra.push(other);
          await other.say('i have a code');
          await other.say(code!);
          expect(other.step).toBe(Step.aboutMeImportant);
          return false;
        }
        void turn;
        return false;
      },
    });
    expectAGoodDraft(run.draft);
    expect(run.draft.aboutMe.strengths).toEqual([]);
  });

  it('switches reading mode halfway and keeps every answer', async () => {
    run = await playJourney({
      today: SPRING,
      answers: {
        [Step.hopesDream]: ['I want to be a hairdresser'],
        [Step.hopesTheme]: ['have my own room', 'go to the cinema with friends', 'swim every week'],
        [Step.outcomeStep]: ['I will cut my sister\'s hair by next summer', 'I will go to the cinema with a friend once a month by Christmas', 'I will swim 25 metres by the end of this school year'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no'],
      },
      onStep: async (chat, step) => {
        if (step === Step.needsBarrier && chat.lastQuestion?.mode === 'standard') {
          await chat.say('easy read');
          expect(chat.step).toBe(Step.needsBarrier);
          expect(chat.lastQuestion?.mode).toBe('easy_read');
          return true;
        }
        return false;
      },
    });
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson.readingMode).toBe('easy_read');
    expect(run.draft.aspirations.length).toBeGreaterThanOrEqual(3);
  });

  it('someone helping a 12-year-old in Year 7', async () => {
    run = await playJourney({
      today: '2025-10-06',
      answers: {
        [Step.welcomeWho]: ['Someone helping me'],
        [Step.welcomeAge]: ['12', 'Year 8'],
        [Step.hopesDream]: ['I want to be a footballer'],
        [Step.hopesTheme]: ['have friends at my new school', 'feel calm in lessons'],
        [Step.outcomeStep]: ['I will play for the school team by the end of this school year', 'I will eat lunch with a friend three days a week by Christmas', 'I will use my quiet card when I feel stressed by Easter'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no'],
      },
    });
    expectAGoodDraft(run.draft);
    expect(run.draft.youngPerson).toMatchObject({ who: 'helper', age: 12, schoolYear: 8 });
  });

  it('a 17-year-old who tells the bot something worrying, is signposted, and carries on', async () => {
    let told = false;
    run = await playJourney({
      today: SPRING,
      answers: {
        [Step.welcomeAge]: ['17'],
        [Step.hopesDream]: ['I want to be a nurse'],
        [Step.hopesTheme]: ['move out', 'have a girlfriend', 'stop feeling so sad'],
        [Step.outcomeStep]: ['I will pass my level 2 care course by next summer', 'I will go to a club once a week by Christmas', 'I will talk to my counsellor every fortnight by Easter'],
        [Step.outcomeAnother]: ['yes', 'yes', 'no'],
      },
      onStep: async (chat, step) => {
        if (step === Step.needsBarrier && !told) {
          told = true;
          await chat.say('sometimes i want to kill myself');
          expect(chat.step).toBe(Step.safeguardingCheck);
          await chat.say('not sure');
          await chat.say('Carry on');
          expect(chat.step).toBe(Step.needsBarrier);
          return true;
        }
        return false;
      },
    });
    expectAGoodDraft(run.draft);
    expect(run.draft.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', step: Step.needsBarrier })]);
  });
});
