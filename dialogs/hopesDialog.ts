import { themeCoverage } from '../src/domain/checks';
import { addAboutMe, addAspiration, addNeed, THEMES, type Draft, type ThemeId } from '../src/domain/draft';
import { coachHope, isBarrier, needSection, quoteOf, sameHope, splitHopes, themeOfHope } from '../src/language';
import { aboutWhom, analysisContext, isAboutAChild, wordsFor, type WhomKeys } from './aboutWhom';
import { DialogId, Stage, Step, type StepId } from './ids';
import { olderChildIdeaKey } from './olderChildIdeas';
import type { Position } from './journey';
import { moreReply, understandMore } from './closedReplies';
import { readOpenReply, readYesNoReply, type Reply } from './readReply';
import type { Choice, Question, Words } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';

export const HopesText = {
  dreamQuestion: 'hopes:dream.question',
  dreamQuestionChild: 'hopes:dream.questionChild',
  dreamQuestionYourChild: 'hopes:dream.questionYourChild',
  dreamAnother: 'hopes:dream.another',
  dreamAnotherChild: 'hopes:dream.anotherChild',
  dreamAnotherYourChild: 'hopes:dream.anotherYourChild',
  readBack: 'hopes:readBack',
  readBackChild: 'hopes:readBackChild',
  readBackYourChild: 'hopes:readBackYourChild',
  readBackMany: 'hopes:readBackMany',
  readBackManyChild: 'hopes:readBackManyChild',
  readBackManyYourChild: 'hopes:readBackManyYourChild',
  moreQuestion: 'hopes:more.question',
  moreQuestionChild: 'hopes:more.questionChild',
  moreQuestionYourChild: 'hopes:more.questionYourChild',
  themeIntro: 'hopes:theme.intro',
  themeNothing: 'hopes:theme.nothing',
  themeTellMe: 'hopes:theme.tellMe',
  learningAndWork: 'hopes:theme.learningAndWork.question',
  learningAndWorkChild: 'hopes:theme.learningAndWork.questionChild',
  learningAndWorkYourChild: 'hopes:theme.learningAndWork.questionYourChild',
  independentLiving: 'hopes:theme.independentLiving.question',
  independentLivingChild: 'hopes:theme.independentLiving.questionChild',
  independentLivingYourChild: 'hopes:theme.independentLiving.questionYourChild',
  friendsAndCommunity: 'hopes:theme.friendsAndCommunity.question',
  friendsAndCommunityChild: 'hopes:theme.friendsAndCommunity.questionChild',
  friendsAndCommunityYourChild: 'hopes:theme.friendsAndCommunity.questionYourChild',
  healthAndWellbeing: 'hopes:theme.healthAndWellbeing.question',
  healthAndWellbeingChild: 'hopes:theme.healthAndWellbeing.questionChild',
  healthAndWellbeingYourChild: 'hopes:theme.healthAndWellbeing.questionYourChild',
  supportAsHope: 'hopes:supportAsHope.question',
  supportAsHopeChild: 'hopes:supportAsHope.questionChild',
  supportAsHopeYourChild: 'hopes:supportAsHope.questionYourChild',
  barrierAsHope: 'hopes:barrierAsHope.question',
  barrierAsHopeChild: 'hopes:barrierAsHope.questionChild',
  barrierAsHopeYourChild: 'hopes:barrierAsHope.questionYourChild',
  movingOn: 'hopes:movingOn',
  done: 'hopes:done',
  noHopes: 'hopes:noHopes',
  notSureDream: 'hopes:notSure.dream',
  notSureDreamChild: 'hopes:notSure.dreamChild',
  notSureMore: 'hopes:notSure.more',
  notSureTheme: 'hopes:notSure.theme',
  notSureThemeChild: 'hopes:notSure.themeChild',
  notUnderstood: 'hopes:notUnderstood',
  yes: 'common:choice.yes',
  no: 'common:choice.no',
  notSureChoice: 'common:choice.notSure',
} as const;

export const HopesNotSure: Partial<Record<StepId, string>> = {
  [Step.hopesDream]: HopesText.notSureDream,
  [Step.hopesMore]: HopesText.notSureMore,
  [Step.hopesTheme]: HopesText.notSureTheme,
};

export const HopesNotSureChild: Partial<Record<StepId, string>> = {
  [Step.hopesDream]: HopesText.notSureDreamChild,
  [Step.hopesMore]: HopesText.notSureMore,
  [Step.hopesTheme]: HopesText.notSureThemeChild,
};

/** Hopes asked for openly (the dream and "another?") before the themes are explored. */
export const MAX_OPEN_HOPES = 3;
/** Enough to choose 3 to 6 outcomes from without the stage feeling endless. */
export const MAX_HOPES = 6;

const THEME_QUESTIONS: Record<ThemeId, WhomKeys> = {
  learning_and_work: { self: HopesText.learningAndWork, child: HopesText.learningAndWorkChild, yourChild: HopesText.learningAndWorkYourChild },
  independent_living: { self: HopesText.independentLiving, child: HopesText.independentLivingChild, yourChild: HopesText.independentLivingYourChild },
  friends_and_community: { self: HopesText.friendsAndCommunity, child: HopesText.friendsAndCommunityChild, yourChild: HopesText.friendsAndCommunityYourChild },
  health_and_wellbeing: { self: HopesText.healthAndWellbeing, child: HopesText.healthAndWellbeingChild, yourChild: HopesText.healthAndWellbeingYourChild },
};

const DREAM: WhomKeys = { self: HopesText.dreamQuestion, child: HopesText.dreamQuestionChild, yourChild: HopesText.dreamQuestionYourChild };
const ANOTHER: WhomKeys = { self: HopesText.dreamAnother, child: HopesText.dreamAnotherChild, yourChild: HopesText.dreamAnotherYourChild };
const MORE: WhomKeys = { self: HopesText.moreQuestion, child: HopesText.moreQuestionChild, yourChild: HopesText.moreQuestionYourChild };
const SUPPORT_AS_HOPE: WhomKeys = { self: HopesText.supportAsHope, child: HopesText.supportAsHopeChild, yourChild: HopesText.supportAsHopeYourChild };
const BARRIER_AS_HOPE: WhomKeys = { self: HopesText.barrierAsHope, child: HopesText.barrierAsHopeChild, yourChild: HopesText.barrierAsHopeYourChild };
const READ_BACK: WhomKeys = { self: HopesText.readBack, child: HopesText.readBackChild, yourChild: HopesText.readBackYourChild };
const READ_BACK_MANY: WhomKeys = { self: HopesText.readBackMany, child: HopesText.readBackManyChild, yourChild: HopesText.readBackManyYourChild };

const NOT_SURE_CHOICE: Choice = { value: 'notSure', labelKey: HopesText.notSureChoice };
const YES_NO: readonly Choice[] = [
  { value: 'yes', labelKey: HopesText.yes },
  { value: 'no', labelKey: HopesText.no },
];
const THEME_CHOICES: readonly Choice[] = [{ value: 'none', labelKey: HopesText.themeNothing }, NOT_SURE_CHOICE];

/** Position notes: `another` marks "What else do you hope for?"; `asked` lists the themes already asked. */
const YES = 'yes';

function isTheme(topic: string | undefined): topic is ThemeId {
  return THEMES.some((theme) => theme === topic);
}

function askedThemes(position: Position): ThemeId[] {
  return (position.data?.asked ?? '').split(',').filter(isTheme);
}

/**
 * Hopes and dreams: an open dream first, more if the person has them, then the themes not yet
 * covered. From Year 9 or age 14 all four Preparing for Adulthood themes are explored; younger
 * children until two themes have a hope (src/domain/checks.ts decides which).
 */
export class HopesDialog extends StageDialog {
  readonly stage = Stage.hopes;

  constructor() {
    super(DialogId.hopes);
  }

  protected async first(): Promise<Omit<Position, 'stage'>> {
    return { step: Step.hopesDream };
  }

  protected async question(session: JourneySession, position: Position): Promise<Question> {
    const draft = await session.draft();
    switch (position.step) {
      case Step.hopesMore:
        return { step: Step.hopesMore, words: wordsFor(draft, MORE), choices: YES_NO, understand: understandMore };
      case Step.hopesTheme: {
        const theme = isTheme(position.topic) ? position.topic : THEMES[0];
        const words =
          position.data?.barrier && !position.data.support
            ? wordsFor(draft, BARRIER_AS_HOPE, { quote: position.data.quote ?? '' })
            : position.data?.support === YES
            ? wordsFor(draft, SUPPORT_AS_HOPE, { quote: position.data.quote ?? '' })
            : position.data?.tellMe === YES
              ? { key: HopesText.themeTellMe }
              : wordsFor(draft, THEME_QUESTIONS[theme]);
        return { step: Step.hopesTheme, topic: theme, words, choices: THEME_CHOICES };
      }
      case Step.hopesDream:
      default:
        if (position.data?.support === YES) return { step: Step.hopesDream, words: wordsFor(draft, SUPPORT_AS_HOPE, { quote: position.data.quote ?? '' }), choices: [NOT_SURE_CHOICE] };
        if (position.data?.barrier) return { step: Step.hopesDream, words: wordsFor(draft, BARRIER_AS_HOPE, { quote: position.data.quote ?? '' }), choices: [NOT_SURE_CHOICE] };
        return { step: Step.hopesDream, words: wordsFor(draft, position.data?.another === YES ? ANOTHER : DREAM), choices: [NOT_SURE_CHOICE] };
    }
  }

  protected async answer(session: JourneySession, position: Position, text: string): Promise<Next> {
    switch (position.step) {
      case Step.hopesDream:
        return this.answerOpen(session, position, readOpenReply(text, session.words));
      case Step.hopesMore:
        return this.answerOpen(session, position, moreReply(text, readYesNoReply));
      case Step.hopesTheme:
        return this.answerTheme(session, position, readOpenReply(text, session.words, [HopesText.themeNothing]));
      default:
        return {};
    }
  }

  override async skip(session: JourneySession, position: Position): Promise<Next> {
    if (position.step !== Step.hopesTheme) return this.towardsThemes(await session.draft(), []);
    return this.nextTheme(await session.draft(), [...askedThemes(position), ...(isTheme(position.topic) ? [position.topic] : [])]);
  }

  /** The dream and "another?": a new hope is read back; no (or nothing) moves on to the themes. */
  private async answerOpen(session: JourneySession, position: Position, reply: Reply): Promise<Next> {
    switch (reply.kind) {
      case 'content': {
        const at = { step: Step.hopesDream, ...(position.data ? { data: position.data } : {}) };
        const coached = barrierFirst(at, reply.text) ?? (await this.supportFirst(session, at, reply.text));
        if (coached) return coached;
        const { draft, readBack } = await this.keepHope(session, reply.text, null, position.data?.barrier);
        const open = draft.aspirations.length < MAX_OPEN_HOPES && draft.aspirations.length < MAX_HOPES;
        if (open) return { say: [readBack], goTo: { step: Step.hopesMore } };
        const next = this.towardsThemes(draft, []);
        return { ...next, say: [readBack, ...(next.say ?? [])] };
      }
      case 'yes':
        // "Yes" to "another hope?" asks for it; at the dream itself it just asks again.
        return position.step === Step.hopesMore
          ? { goTo: { step: Step.hopesDream, data: { another: YES } } }
          : { say: [{ key: HopesText.notUnderstood }], goTo: position, miss: true };
      case 'no':
        return this.towardsThemes(await session.draft(), []);
      case 'notSure':
        return { say: [await this.examples(session, position.step)], goTo: position };
      case 'empty':
        return { say: [{ key: HopesText.notUnderstood }], goTo: position, miss: true };
    }
  }

  private async answerTheme(session: JourneySession, position: Position, reply: Reply): Promise<Next> {
    const theme = isTheme(position.topic) ? position.topic : null;
    const asked = [...askedThemes(position), ...(theme ? [theme] : [])];
    switch (reply.kind) {
      case 'content': {
        const coached = barrierFirst(position, reply.text) ?? (await this.supportFirst(session, position, reply.text));
        if (coached) return coached;
        const { draft, readBack } = await this.keepHope(session, reply.text, theme, position.data?.barrier);
        const next = this.nextTheme(draft, asked);
        return { ...next, say: [readBack, ...(next.say ?? [])] };
      }
      case 'yes':
        return { goTo: { ...position, data: { ...position.data, tellMe: YES } } };
      case 'no':
        return this.nextTheme(await session.draft(), asked);
      case 'notSure':
        return { say: [await this.examples(session, position.step)], goTo: position };
      case 'empty':
        return { say: [{ key: HopesText.notUnderstood }], goTo: position, miss: true };
    }
  }

  /**
   * Stores a hope in the person's words; two hopes in one message ("be a chef and live with my
   * mate") are kept as two, and a hope given again is not kept twice. An answer to a question
   * about one part of life belongs to that part; an open hope takes its theme from the analysis,
   * and one the analysis cannot place stays unthemed (null) for the key worker to place.
   */
  private async keepHope(session: JourneySession, text: string, askedTheme: ThemeId | null, barrier?: string): Promise<{ draft: Draft; readBack: Words }> {
    const before = await session.draft();
    const context = analysisContext(before, session.today);
    const parts = splitHopes(text);
    const themeOf = (part: string) => (parts.length > 1 ? (themeOfHope(part, context) ?? askedTheme) : (askedTheme ?? themeOfHope(part, context)));
    const draft = await session.updateDraft('hope added', (d) => {
      const withHopes = parts.reduce((next, part) => (next.aspirations.some((a) => sameHope(a.text, part)) ? next : addAspiration(next, part, themeOf(part)).draft), d);
      // What made it hard, said before the hope, is a need of that hope (the golden thread).
      const hope = withHopes.aspirations.find((a) => sameHope(a.text, parts[0] ?? text));
      return barrier && hope ? addNeed(withHopes, barrier, [hope.id], needSection(barrier)).draft : withHopes;
    });
    const readBack = parts.length > 1 ? wordsFor(draft, READ_BACK_MANY, { hopes: parts.map((p) => `"${quoteOf(p)}"`).join(' and ') }) : wordsFor(draft, READ_BACK, { hope: quoteOf(text) });
    return { draft, readBack };
  }

  /**
   * A hope that is really support ("more help in class", "a laptop") is kept as how best to support
   * them (section A), and the bot asks what it would help them do one day. Asked once: a second
   * answer of support is kept the same way and the stage moves on.
   */
  private async supportFirst(session: JourneySession, position: Omit<Position, 'stage'>, text: string): Promise<Next | undefined> {
    if (coachHope(text) !== 'support_as_hope') return undefined;
    await session.updateDraft('support offered as a hope', (d) => addAboutMe(d, 'support', text));
    if (position.data?.support === YES) {
      const draft = await session.draft();
      const asked = [...askedThemes(position as Position), ...(isTheme(position.topic) ? [position.topic] : [])];
      return position.step === Step.hopesTheme ? this.nextTheme(draft, asked) : this.towardsThemes(draft, []);
    }
    return { goTo: { ...position, data: { ...position.data, support: YES, quote: quoteOf(text) } } };
  }

  /** From the open hopes to the first theme question, introduced once. */
  private towardsThemes(draft: Draft | undefined, asked: ThemeId[]): Next {
    const next = this.nextTheme(draft, asked);
    return next.goTo ? { ...next, say: [{ key: HopesText.themeIntro }, ...(next.say ?? [])] } : next;
  }

  /** The next theme without a hope that has not been asked yet, or the end of the stage. */
  private nextTheme(draft: Draft | undefined, asked: ThemeId[]): Next {
    const count = draft?.aspirations.length ?? 0;
    const coverage = draft ? themeCoverage(draft) : undefined;
    const theme = coverage && !coverage.enough && count < MAX_HOPES ? coverage.uncovered.find((t) => !asked.includes(t)) : undefined;
    if (theme) return { goTo: { step: Step.hopesTheme, topic: theme, data: { asked: asked.join(',') } } };
    return { say: [{ key: count > 0 ? HopesText.done : HopesText.noHopes }] };
  }

  private async examples(session: JourneySession, step: StepId): Promise<Words> {
    const draft = await session.draft();
    const map = isAboutAChild(draft) ? HopesNotSureChild : HopesNotSure;
    const older = isAboutAChild(draft) ? olderChildIdeaKey(step, draft?.youngPerson) : undefined;
    return { key: older ?? map[step] ?? HopesText.notSureDream, vars: { name: aboutWhom(draft).name } };
  }
}

/**
 * What makes life hard, said where a hope was asked for ("she is scared of water"), is not a hope:
 * the bot asks what they would love to do if it were easier, and keeps it as a need of that hope.
 * Asked once; a second answer is kept as it is.
 */
function barrierFirst(position: Omit<Position, 'stage'>, text: string): Next | undefined {
  if (position.data?.barrier || !isBarrier(text)) return undefined;
  return { goTo: { ...position, data: { ...position.data, barrier: text.trim(), quote: quoteOf(text) } } };
}
