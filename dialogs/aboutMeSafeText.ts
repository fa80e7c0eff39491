import type { SafetyPlaces } from '../src/domain/lifeStage';
import type { WhomKeys } from './aboutWhom';

/** Every sentence of the safety question and its replies: content keys, in the person's words or about their child. */
export const SafeText = {
  question: {
    school: { self: 'aboutMe:safe.question', child: 'aboutMe:safe.questionChild', yourChild: 'aboutMe:safe.questionYourChild' },
    sixthForm: { self: 'aboutMe:safe.questionSixthForm', child: 'aboutMe:safe.questionSixthFormChild', yourChild: 'aboutMe:safe.questionSixthFormYourChild' },
    collegeOrWork: { self: 'aboutMe:safe.questionCollege', child: 'aboutMe:safe.questionCollegeChild', yourChild: 'aboutMe:safe.questionCollegeYourChild' },
    learnOrWork: { self: 'aboutMe:safe.questionLearnOrWork', child: 'aboutMe:safe.questionLearnOrWorkChild', yourChild: 'aboutMe:safe.questionLearnOrWorkYourChild' },
    outAndAbout: { self: 'aboutMe:safe.questionOut', child: 'aboutMe:safe.questionOutChild', yourChild: 'aboutMe:safe.questionOutYourChild' },
  } satisfies Record<SafetyPlaces, WhomKeys>,
  yes: 'aboutMe:safe.yes',
  notAlways: 'aboutMe:safe.notAlways',
  ratherNotSay: 'aboutMe:safe.ratherNotSay',
  glad: { self: 'aboutMe:safe.glad', child: 'aboutMe:safe.gladChild', yourChild: 'aboutMe:safe.gladChild' } satisfies WhomKeys,
  notUnderstood: 'aboutMe:safe.notUnderstood',
  /** "Yes Lily is safe. But did you fix the name?": the questions are about the plan, which is read back at the end. */
  questionsLater: 'aboutMe:safe.questionsLater',
  meaning: 'aboutMe:safe.meaning',
  yesWorried: { self: 'aboutMe:safe.yesWorried', child: 'aboutMe:safe.yesWorriedChild', yourChild: 'aboutMe:safe.yesWorriedChild' } satisfies WhomKeys,
  yesWorriedNotSchool: { self: 'aboutMe:safe.yesWorriedNotSchool', child: 'aboutMe:safe.yesWorriedChild', yourChild: 'aboutMe:safe.yesWorriedChild' } satisfies WhomKeys,
  yesWorriedKept: { self: 'aboutMe:safe.yesWorriedKept', child: 'aboutMe:safe.yesWorriedKeptChild', yourChild: 'aboutMe:safe.yesWorriedKeptChild' } satisfies WhomKeys,
  rude: { self: 'aboutMe:safe.rude', child: 'aboutMe:safe.rudeChild', yourChild: 'aboutMe:safe.rudeYourChild' } satisfies WhomKeys,
  /** "sometimes online people are rude about my chair": not OK, block and report in the app, tell someone; online hate can be reported. */
  rudeOnline: { self: 'aboutMe:safe.rudeOnline', child: 'aboutMe:safe.rudeOnlineChild', yourChild: 'aboutMe:safe.rudeOnlineYourChild' } satisfies WhomKeys,
  blocked: { self: 'aboutMe:safe.blocked', child: 'aboutMe:safe.blockedChild', yourChild: 'aboutMe:safe.blockedYourChild' } satisfies WhomKeys,
  pupilsRude: { self: 'aboutMe:safe.pupilsRude', child: 'aboutMe:safe.pupilsRudeChild', yourChild: 'aboutMe:safe.pupilsRudeYourChild' } satisfies WhomKeys,
  ownWaysKept: { self: 'aboutMe:safe.yesWorriedNotSchool', child: 'aboutMe:safe.ownWaysKeptChild', yourChild: 'aboutMe:safe.ownWaysKeptYourChild' } satisfies WhomKeys,
  sensoryKept: { self: 'aboutMe:safe.sensoryKept', child: 'aboutMe:safe.sensoryKeptChild', yourChild: 'aboutMe:safe.sensoryKeptYourChild' } satisfies WhomKeys,
  sensoryMoveOn: { self: 'aboutMe:safe.sensoryMoveOn', child: 'aboutMe:safe.sensoryMoveOnChild', yourChild: 'aboutMe:safe.sensoryMoveOnYourChild' } satisfies WhomKeys,
  gladHardKept: { self: 'aboutMe:safe.gladHardKept', child: 'aboutMe:safe.gladHardKeptChild', yourChild: 'aboutMe:safe.gladHardKeptChild' } satisfies WhomKeys,
  /** "why are you asking me that? is this where you decide I'm a bad mum?": everyone is asked, and it is no judgement. */
  whyAsked: { self: 'aboutMe:safe.whyAsked', child: 'aboutMe:safe.whyAskedChild', yourChild: 'aboutMe:safe.whyAskedChild' } satisfies WhomKeys,
  /** "yes. home gets loud when my mum is stressed. but i am safe": a kind word and one place to talk. */
  loudButSafe: { self: 'aboutMe:safe.loudButSafe', child: 'aboutMe:safe.loudButSafeChild', yourChild: 'aboutMe:safe.loudButSafeChild' } satisfies WhomKeys,
  unsafeMeant: { self: 'aboutMe:safe.unsafeMeant', child: 'aboutMe:safe.unsafeMeantChild', yourChild: 'aboutMe:safe.unsafeMeantChild' } satisfies WhomKeys,
} as const;
