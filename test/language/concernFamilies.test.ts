import { describe, expect, it } from 'vitest';
import { clearedConcernText, matchRules } from '../../src/language/concern';
import { cuesOf } from '../../src/language/concernCues';
import { RULE_FAMILIES } from '../../src/language/concernRules';
import { roleFeatures } from '../../src/language/concernRoles';
import { detectConcern, isCountered } from '../../src/language/concern';
import { concernFeatures } from '../../src/language/concernFeatures';
import { wordCluster } from '../../src/language/wordClusters';
import { CARE_CASES } from './concernCareCases';
import { OTHERS_CASES } from './concernOthersCases';
import { PASSING_CASES } from './concernPassingCases';
import { SELF_CASES } from './concernSelfCases';
import { SIDEWAYS_CASES } from './concernSidewaysCases';
import { QUIET_CASES } from './concernQuietCases';
import { EVERYDAY_CASES } from './concernEverydayCases';
import { PLAIN_CASES } from './concernPlainCases';
import { UNSAID_CASES } from './concernUnsaidCases';
import { GOODBYES_CASES } from './concernGoodbyesCases';
import { NORMAL_CASES } from './concernNormalCases';
import { BURDEN_CASES } from './concernBurdenCases';
import { TIME_AHEAD_CASES } from './concernTimeAheadCases';
import { JOKES_CASES } from './concernJokesCases';
import { ON_EDGE_CASES } from './concernOnEdgeCases';
import { CHATS_CASES } from './concernChatsCases';
import { ASIDE_CASES } from './concernAsideCases';
import { PREPARED_CASES } from './concernPreparedCases';
import { FEW_WORDS_CASES, FEW_WORDS_NOT_FIRM, FEW_WORDS_ORDINARY } from './concernFewWordsCases';
import { NAMED_CASES } from './concernNamedCases';
import { LIGHTLY_CASES } from './concernLightlyCases';
import { KEPT_FROM_MEANS_CASES } from './concernKeptFromMeansCases';
import { PARENT_CONTROLLED_CASES } from './concernParentControlledCases';
import { CARRIED_CASES } from './concernCarriedCases';
import { MONEY_AND_ERRANDS_CASES } from './concernMoneyAndErrandsCases';
import { PRESSURED_CASES } from './concernPressuredCases';
import { PAID_IN_DROPS_CASES } from './concernPaidInDropsCases';
import { checkRuleFamilies, type FamilyCases } from './ruleCases';

/** Each rule family's wordings, by group: a family is in one group only. */
const GROUPS: Record<string, FamilyCases> = {
  'harm to themselves': SELF_CASES,
  'harm from other people': OTHERS_CASES,
  'care missing, and risks away from care': CARE_CASES,
  'harm said in passing': PASSING_CASES,
  'harm told sideways': SIDEWAYS_CASES,
  'harm to themselves and care missing, told quietly': QUIET_CASES,
  'wanting to be gone, and exploitation told as a job or a favour': EVERYDAY_CASES,
  'harm told plainly or in passing': PLAIN_CASES,
  'harm told without its usual words': UNSAID_CASES,
  'wanting to be gone told quietly, and harm from others without its usual words': GOODBYES_CASES,
  'being used or controlled told as if normal': NORMAL_CASES,
  'wanting to be gone said without its usual words': BURDEN_CASES,
  'wanting to be gone told as no time ahead': TIME_AHEAD_CASES,
  'bullying told as a joke or without the word': JOKES_CASES,
  'harm at home told through living on edge': ON_EDGE_CASES,
  'harm met in typed chats, told as who does what to whom': CHATS_CASES,
  'self-harm and suicide said aside': ASIDE_CASES,
  'self-harm told by what is got ready or hidden': PREPARED_CASES,
  'harm told in few words or misspelt': FEW_WORDS_CASES,
  'harm told by who is feared, where it happens, or a wish not to be': NAMED_CASES,
  'harm said lightly: a threat meant, a carer drinking, freedom from someone': LIGHTLY_CASES,
  'self-harm said as what helps: the means kept away, arms checked': KEPT_FROM_MEANS_CASES,
  'a parent controlled by her partner, told sideways': PARENT_CONTROLLED_CASES,
  'carrying or holding things for someone': CARRIED_CASES,
  'money or things taken by those close, and errands for older youths': MONEY_AND_ERRANDS_CASES,
  'sex pressed on them, and rough handling for asking someone to go': PRESSURED_CASES,
  'paid in drugs, money or things for drops, and nights away with older lads': PAID_IN_DROPS_CASES,
};

describe('concern rules, one family at a time', () => {
  it('covers every family, each in one group', () => {
    const families = Object.values(GROUPS).flatMap((cases) => Object.keys(cases));
    expect(new Set(families).size).toBe(families.length);
    expect(families.sort()).toEqual(Object.keys(RULE_FAMILIES).sort());
  });

  for (const [group, cases] of Object.entries(GROUPS)) describe(group, () => checkRuleFamilies(cases));
});

describe('a child\'s own ways, told in few words', () => {
  it.each(FEW_WORDS_ORDINARY)('%j raises nothing', (text) => expect(detectConcern(text).concern).toBe(false));
  it.each(FEW_WORDS_NOT_FIRM)('%j gets no firm answer', (text) => expect(detectConcern(text).sure).not.toBe(true));
});

/** Who does what to whom: the same act by the same kind of person, however it is worded. */
describe('concern roles', () => {
  const roles = (text: string) => {
    const out = new Set<string>();
    roleFeatures(clearedConcernText(text).split(' '), out);
    return out;
  };

  it.each([
    ['my uncle hits me', '@family>@hurt>@me'],
    ['the lady at the shop grabbed me', '@adult>@hurt>@me'],
    ['my boyfriend checks my phone', '@partner>@control'],
    ['the older lads gave me trainers', '@adult>@peer>@favour'],
    ['nobody feeds us', '@absent>@care'],
    ['he said not to tell or else', '@secret>@threat'],
  ])('%j reads as %s', (text, feature) => {
    expect(roles(text)).toContain(feature);
  });

  it('an act on a thing is not an act on me', () => {
    expect(roles('i hit the ball')).not.toContain('@hurt>@me');
    expect(roles('my uncle fixes bikes')).not.toContain('@family>@hurt');
  });
});

/** A rule in ordinary talk that only looks like harm needs the classifier's backing, not just its consent. */
describe('lessons, wishes to help, jokes and accidents', () => {
  it.each(['we watched a documentary about self harm', 'i want to help people who self harm', 'my brother punched me as a joke lol', 'i got a black eye playing cricket', 'in eastenders the dad was hitting the mum', 'i got bullied in year 8 but the school sorted it and its fine now', 'my favourite lyric is we are all going to die someday', 'i used to self harm but i had support from camhs and i havent done it for two years', 'our class hamster bit me'])(
    '%j reads as ordinary talk around harm',
    (text) => {
      expect(isCountered(cuesOf(clearedConcernText(text)))).toBe(true);
    },
  );

  it.each(['i want to be a nurse and help people who self harm', 'my brother punched me as a joke lol', 'we did a lesson on forced marriage in citizenship'])('%j is not flagged', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it('a disclosure is still flagged', () => {
    expect(detectConcern('my dad punches me and says its a joke').concern).toBe(true);
  });

  // "One day" is a hope for the future; "one day without them" wishes for a day free of the harm.
  it('a wished-for day without the harm is no wish to help', () => {
    expect(isCountered(cuesOf(clearedConcernText('i want one day without them calling me names')))).toBe(false);
    expect(isCountered(cuesOf(clearedConcernText('i want to work with animals one day')))).toBe(true);
  });
});

/** Plan answers from real chats that once got the full safeguarding answer: support faded on purpose, a parent's caution about roads. */
describe('support faded, doing it alone, and caution about roads', () => {
  it.each([
    'Toilet plan same at home and school. Picture steps on the wall. TA help less and less every week until she do alone.',
    'the main road. mum says its not safe',
    'Same getting-dressed steps at nursery and home, and the adult helps a bit less each week until he dresses himself',
    'we practise brushing teeth with a picture chart, help faded till she can do it alone',
    'crossing at the lights. my dad thinks its too dangerous for me yet',
    'the busy road near college, my carer says i am not safe crossing it yet',
  ])('%j gets no full safeguarding answer', (text) => {
    const got = detectConcern(text);
    expect(got.concern && got.sure).toBeFalsy();
  });

  it.each([
    ['left alone all day', 'neglect'],
    ['no one helps me wash', 'neglect'],
    ['mum leaves me on my own all weekend and theres no food', 'neglect'],
    ['i have to cross the main road on my own at night because nobody picks me up and theres no dinner at home', 'neglect'],
  ])('%j is still flagged as %s', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category });
  });
});

/** Words used alike share a group, so a word never met in training carries its group's weight. */
describe('word groups', () => {
  it('puts words used alike in one group and leaves made-up words out', () => {
    expect(wordCluster('knife')).toBeDefined();
    expect(wordCluster('knife')).toBe(wordCluster('machete'));
    expect(wordCluster('knife')).not.toBe(wordCluster('birthday'));
    expect(wordCluster('zzqxv')).toBeUndefined();
  });

  it('gives two wordings of one threat a feature in common that an ordinary message lacks', () => {
    const features = (text: string) => new Set(concernFeatures(clearedConcernText(text)));
    const knife = features('he showed me his knife');
    const machete = features('he showed me his machete');
    const cake = features('he showed me his birthday cake');
    const shared = [...knife].filter((f) => f.startsWith('~') && machete.has(f) && !cake.has(f));
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('harm said not to happen, or only feared', () => {
  it.each(['he hits me up on snap about homework', 'tbh no ones hurting me, just stressed about exams', 'i rock when im happy, it doesnt hurt me', 'im worried she will be bullied at her new school', 'kids used to laugh at my stammer but they dont now'])(
    '%j is not a disclosure by the rules',
    (text) => {
      expect(matchRules(clearedConcernText(text)).rule).toBeNull();
    },
  );
  it.each(['he hits me when i talk back', 'no ones hurting me except my step dad', 'im worried i will get bullied again tomorrow, they said so'])('%j still is', (text) => {
    expect(matchRules(clearedConcernText(text)).rule).not.toBeNull();
  });
  it('being clumsy is an accident, being told to say so is not', () => {
    expect(cuesOf(clearedConcernText('i cut my hand in the kitchen because im clumsy'))).toContain('accident');
    expect(cuesOf(clearedConcernText('dad tells me to say im clumsy if teachers ask'))).not.toContain('accident');
  });
});

describe('despair said plainly', () => {
  it.each(['everything is too much and im confused, what do you mean', 'i cant cope any longer with it all'])('%j gets at least a gentle check', (text) => {
    const verdict = detectConcern(text);
    expect(verdict.concern || verdict.unclear).toBe(true);
  });

  it('a lesson about coping does not', () => {
    const verdict = detectConcern('in pshe we learnt what to do when everything is too much');
    expect(verdict.concern || verdict.unclear === true).toBe(false);
  });
});

describe('fear of someone at home said plainly', () => {
  it.each(['he gets scared at home when dad shouts', 'my little sister is frightened when our step dad gets angry'])('%j is never too faint to ask about', (text) => {
    const verdict = detectConcern(text);
    expect(verdict.concern || verdict.unclear).toBe(true);
    expect(verdict.faint).toBeFalsy();
  });

  it('fear of the dark at home is not', () => {
    const verdict = detectConcern('she is scared of the dark at home so we leave the landing light on');
    expect(verdict.concern || verdict.unclear === true).toBe(false);
  });
});
