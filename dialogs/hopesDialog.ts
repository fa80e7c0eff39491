import { PAID_JOB, paidIntoWorkHope } from './hopePaid';
import { yesButPaid } from '../src/language/yesButPaid';
import type { ThemeId } from '../src/domain/draft';
import { askedThemes, isTheme, MAX_HOPES, MAX_OPEN_HOPES, nextTheme, towardsThemes } from './hopesThemeOrder';
import { hardSaidAfter, saysHardThing, saysWhoHelps, splitYesWithContent } from '../src/language';
import { timeOnlyAtHopes } from './hopesTimeOnly';
import { hopeDoubtedOrHard } from './hopeDoubted';
import { hopesPutRight } from './hopesPutRight';
import { removalAnswered } from './hopeChosen';
import { helpBesideKept, helpWasAHope, supportFirst } from './hopeOrHelp';
import { earlyHopesFirst } from './aboutMeMisplaced';
import { afterFutureAsked } from '../src/language/futureAsked';
import { barrierFirst, barriersOnly, hardForAHope, hardForAnotherHope, withSaidFirst, hardKeptWords, hardSaidAtMore, keepHardSaidAfter, keepHardThings, notKnowingToo } from './hardSaidAtHopes';
import { hopeAfterShrug, hopesIn, onlyAFunnyStory } from '../src/language/hopesInMessage';
import { hopeLabelled } from '../src/language/hopeLabelled';
import { withOwnMaybes } from './hopeMaybeKept';
import { hopeWords, shrugsOnly } from '../src/language/hopeWords';
import { pointsBackOnly, saysItIsOneHope, saysNoMore } from '../src/language/hopesRepliedTo';
import { aboutWhom, isAboutAChild } from './aboutWhom';
import { keepNotWanted } from './notWantedAtHopes';
import { howToFix, keepAsOne, keepHopes, SPLIT, splitOf, withSplit } from './hopesKept';
import { backAfterHopeLater } from './hopeAddedLater';
import { typedWhole } from './typedWhole';
import { DialogId, Stage, Step, type StepId } from './ids';
import { olderChildIdeaKey } from './olderChildIdeas';
import { fitsTheAge, ideasForThemeKey } from './hopeIdeasByAge';
import type { Position } from './journey';
import { hopeWordsTaken } from './hopeWordsTaken';
import { moreReply } from './closedReplies';
import { onlyAcknowledges, onlyAgreesAboutThem, saysAllIsFine } from '../src/language/onlyAcknowledged';
import { readOpenReply, readYesNoReply, type Reply } from './readReply';
import type { Question, Words } from './say';
import type { JourneySession } from './session';
import type { TurnContext } from 'botbuilder';
import { StageDialog, type Next } from './stageDialog';
import { HopesNotSure, HopesNotSureChild, HopesText } from './hopesText';
import { carerWorriesApart, noteCarerWorries } from './carerWorryAtHopes';
import { NOW_SAID, othersHurtTold, readNowSaid, withoutNowSaid } from './hopesNowSaid';
import { hopesQuestionAt, YES } from './hopesQuestionAt';
export { HopesText, HopesNotSure, HopesNotSureChild } from './hopesText';
export { MAX_HOPES, MAX_OPEN_HOPES } from './hopesThemeOrder';

/**
 * Hopes and dreams: an open dream first, more if the person has them, then the themes not yet
 * covered. From Year 9 or age 14 all four Preparing for Adulthood themes are explored; younger
 * children until two themes have a hope (src/domain/checks.ts decides which).
 */
export class HopesDialog extends StageDialog {
  readonly stage = Stage.hopes;
  protected override readonly addsPiecesToPreviousAnswer = true;

  constructor() {
    super(DialogId.hopes);
  }

  protected async first(session: JourneySession): Promise<Omit<Position, 'stage'>> {
    return earlyHopesFirst(await session.draft()) ?? { step: Step.hopesDream };
  }

  protected async question(session: JourneySession, position: Position): Promise<Question> {
    return hopesQuestionAt(await session.draft(), position);
  }

  protected async answer(session: JourneySession, position: Position, text: string, context?: TurnContext): Promise<Next> {
    const before = (await session.draft())?.aspirations.length ?? 0;
    // A hope added later, at a needs or outcome question: then back to that question.
    const next = backAfterHopeLater(position, await this.answerStep(session, position, text, typedWhole(context, text)));
    // "it's all one hope" still works a question or two after the split, until new hopes are given.
    const split = splitOf(position.data);
    if (!split || next.openAt || next.goTo?.data?.[SPLIT.ids]) return next;
    const draft = await session.draft();
    if (!draft || draft.aspirations.length !== before) return next;
    return withSplit(next, split, draft);
  }

  private async answerStep(session: JourneySession, asked: Position, said: string, typed: string /* with its "dunno" */): Promise<Next> {
    // "Shall I take out ...?" answered; any other answer is read at the question without that note.
    const removal = await removalAnswered(session, asked, said);
    if (removal.next) return removal.next;
    const position = removal.position;
    // "take out just that, it reads weird": those words out of the hope that holds them, never the whole hope.
    const wordsOut = await hopeWordsTaken(session, position, said);
    if (wordsOut) return wordsOut;
    // "yeh but paid": "paid" goes into the work hope; with none yet, a paid job is the hope.
    const paid = await paidIntoWorkHope(session, position, said);
    if (paid) return paid;
    const beside = await helpBesideKept(session, said);
    if (beside) return withSaidFirst(await this.answerStep(session, position, beside.text, beside.text), beside.said);
    // "I would not want a job where I answer the phone all day": what matters to them, never a hope.
    const notWanted = await keepNotWanted(session, said);
    if (notWanted) return notWanted.rest ? withSaidFirst(await this.answerStep(session, position, notWanted.rest, notWanted.rest), notWanted.said) : { say: [notWanted.said], goTo: position };
    const text = yesButPaid(said) ? PAID_JOB : said;
    switch (position.step) {
      case Step.hopesDream: {
        // "future? like when i am big? i want be footballer": the question answered, then the hope read.
        const future = afterFutureAsked(text);
        if (future) return withSaidFirst(await this.answerStep(session, position, future, future), { key: HopesText.futureMeant });
        // "it's all one hope" after "yes, another": the hopes just cut are put back together, never kept as a hope.
        const asOne = (await helpWasAHope(session, position, text)) ?? (await this.keptAsOne(session, position, text)) ?? (await hopesPutRight(session, position, text)) ?? (await timeOnlyAtHopes(session, position, text));
        if (asOne) return asOne;
        // "yes he is", "yeah he does": an agreement with no hope in it is asked again kindly, never kept as "he is".
        if (onlyAcknowledges(text) || onlyAgreesAboutThem(text)) return { say: [{ key: HopesText.takeYourTime }, await this.examples(session, position.step)], goTo: position };
        return this.answerOpen(session, position, withOwnMaybes(notKnowingToo(readOpenReply(text, session.words), typed), text));
      }
      case Step.hopesMore: {
        const asOne = (await hopeDoubtedOrHard(session, position, text)) ?? (await this.keptAsOne(session, position, text)) ?? (await hopesPutRight(session, position, text));
        if (asOne) return asOne;
        // "yes but I'm worried he'll be picked on": a yes to another hope, with only a worry beside it.
        const saidYes = splitYesWithContent(text).answer === 'yes';
        // "no thats a different hope. HOPE: X": the labelled hope, never "no more"; "nothing really. maybe music": the hope after the shrug.
        const labelled = hopeLabelled(text);
        return this.answerOpen(session, position, labelled ? { kind: 'content', text: labelled } : hopeAfterShrug(text) ? { kind: 'content', text } : withOwnMaybes(moreReply(text, readYesNoReply), text), saidYes);
      }
      case Step.hopesTheme: {
        const asOne = (await helpWasAHope(session, position, text)) ?? (await hopeDoubtedOrHard(session, position, text)) ?? (await this.keptAsOne(session, position, text)) ?? (await hopesPutRight(session, position, text)) ?? (await timeOnlyAtHopes(session, position, text));
        if (asOne) return asOne;
        if (onlyAcknowledges(text)) return { say: [{ key: HopesText.takeYourTime }, await this.examples(session, position.step)], goTo: position };
        // "im fine" at one part of life: that part is fine as it is, so nothing for now.
        if (saysAllIsFine(text)) return this.answerTheme(session, position, { kind: 'no' });
        return this.answerTheme(session, position, notKnowingToo(readOpenReply(text, session.words, [HopesText.themeNothing]), typed));
      }
      default:
        return {};
    }
  }

  override async skip(session: JourneySession, position: Position): Promise<Next> {
    if (position.step !== Step.hopesTheme) return towardsThemes(await session.draft(), []);
    return nextTheme(await session.draft(), [...askedThemes(position), ...(isTheme(position.topic) ? [position.topic] : [])]);
  }

  /** The dream and "another?": a new hope is read back; no (or nothing) moves on to the themes. */
  private async answerOpen(session: JourneySession, position: Position, reply: Reply, saidYes = false): Promise<Next> {
    switch (reply.kind) {
      case 'content': {
        // "not rn", "no ty": nothing more, typed quickly.
        if (saysNoMore(reply.text)) return this.answerOpen(session, position, { kind: 'no' });
        // "both", "the ones i said" at "another hope?": the hopes already kept, and nothing new.
        if (position.step === Step.hopesMore && pointsBackOnly(reply.text)) return this.answerOpen(session, position, { kind: 'no' });
        // "I am well. I go swimming": how things are now is good to hear, and the hope is asked for again.
        const now = readNowSaid(position, reply.text);
        if (now?.kind === 'now') return { goTo: now.again };
        if (now?.kind === 'asked twice') return this.answerOpen(session, position, { kind: 'no' });
        if (now?.kind === 'hard') return this.answerOpen(session, withoutNowSaid(position), { kind: 'content', text: now.text });
        if (position.data?.[NOW_SAID]) return this.answerOpen(session, withoutNowSaid(position), reply);
        const told = othersHurtTold(position, reply.text);
        if (told) return told;
        // "my mum helps", just after something hard: kept with it, and the dream asked for plainly.
        if (position.data?.barrier && saysWhoHelps(reply.text)) {
          const { barrier, quote: _quote, ...rest } = position.data;
          await keepHardThings(session, [barrier], [], reply.text);
          return { say: [{ key: HopesText.barrierKept }], goTo: { step: position.step, ...(Object.keys(rest).length ? { data: rest } : {}) } };
        }
        // "hes autistic and gets anxious when things change" at "another hope?": kept as needs, never a hope.
        if (position.step === Step.hopesMore && saysHardThing(reply.text)) return hardSaidAtMore(session, position, reply.text);
        const forAnother = position.data?.another === YES ? await hardForAnotherHope(session, position, reply.text) : undefined;
        if (forAnother) return forAnother;
        const { hopes, worries } = await carerWorriesApart(session, hopesIn(reply.text));
        // "im worried about the move to college", typed by a parent: noted kindly, and the hope asked for again
        // (after a yes to another hope, the hope they said yes to).
        if (hopes.length === 0 && worries.length > 0) return { say: await noteCarerWorries(session, worries), goTo: saidYes ? { step: Step.hopesDream, data: { another: YES } } : position };
        // "umm", "sorry for the long message", "idk maybe": nothing to keep.
        if (hopes.length === 0 || onlyAFunnyStory(reply.text)) return this.onlyChatter(session, position, reply.text);
        const at = { step: Step.hopesDream, ...(position.data ? { data: position.data } : {}) };
        const coached = hopes.length > 1 ? barriersOnly(at, reply.text, hopes) : (barrierFirst(at, hopes[0]!, reply.unsure) ?? (await supportFirst(session, at, hopes[0]!)));
        if (coached) return coached;
        const apart = hopes.length === 1 ? hardSaidAfter(hopes[0]!) : undefined;
        const kept = await keepHopes(session, apart ? [apart.hope] : hopes, null, position.data?.barrier, apart?.hope ?? hopeWords(reply.text));
        const { draft, split } = kept;
        const hard = apart ? [await keepHardSaidAfter(session, apart.hope, apart.hard)] : [];
        const readBack = [...(await noteCarerWorries(session, worries)), ...kept.readBack, ...hard];
        const open = draft.aspirations.length < MAX_OPEN_HOPES && draft.aspirations.length < MAX_HOPES;
        if (open) return { say: [...readBack, ...howToFix(kept, true)], goTo: { step: Step.hopesMore, ...(split ? { data: split } : {}) } };
        const next = withSplit(towardsThemes(draft, []), split, draft);
        return { ...next, say: [...readBack, ...howToFix(kept, Boolean(next.goTo || next.openAt)), ...(next.say ?? [])] };
      }
      case 'yes':
        // "Yes" to "another hope?" asks for it; at the dream itself it just asks again.
        return position.step === Step.hopesMore
          ? { goTo: { step: Step.hopesDream, data: { another: YES } } }
          : { say: [{ key: HopesText.notUnderstood }], goTo: position, miss: true };
      case 'no': {
        // The difficulty said before "nothing" is not lost.
        if (!position.data?.barrier) return towardsThemes(await session.draft(), []);
        const draft = await keepHardThings(session, [position.data.barrier], []);
        const next = towardsThemes(draft, []);
        return { ...next, say: [hardKeptWords(draft), ...(next.say ?? [])] };
      }
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
        if (saysNoMore(reply.text)) return this.answerTheme(session, position, { kind: 'no' });
        const now = readNowSaid(position, reply.text);
        if (now?.kind === 'now') return { goTo: now.again };
        if (now?.kind === 'asked twice') return this.answerTheme(session, position, { kind: 'no' });
        if (now?.kind === 'hard') return this.answerTheme(session, withoutNowSaid(position), { kind: 'content', text: now.text });
        if (position.data?.[NOW_SAID]) return this.answerTheme(session, withoutNowSaid(position), reply);
        // "my mum helps", just after something hard: how it is managed now, kept with the hard thing, never a hope.
        if (position.data?.barrier && saysWhoHelps(reply.text)) return this.keepHard(session, [position.data.barrier], theme, asked, reply.text);
        const { hopes, worries } = await carerWorriesApart(session, hopesIn(reply.text));
        if (hopes.length === 0 && worries.length > 0) return { say: await noteCarerWorries(session, worries), goTo: position };
        if (hopes.length === 0 || onlyAFunnyStory(reply.text)) return this.onlyChatter(session, position, reply.text);
        // A second difficulty where a hope was asked for: both kept as needs, never as a hope.
        if (position.data?.barrier && hopes.length === 1 && saysHardThing(hopes[0]!)) return this.keepHard(session, [position.data.barrier, hopes[0]!], theme, asked);
        // "i get anxious talking to customers", with a hope to work in a shop: kept as what makes that hope hard, and on.
        const forHope = position.data?.barrier ? undefined : await hardForAHope(session, reply.text);
        if (forHope) return withSaidFirst(nextTheme(await session.draft(), asked), forHope);
        const coached = hopes.length > 1 ? barriersOnly(position, reply.text, hopes) : (barrierFirst(position, hopes[0]!, reply.unsure) ?? (await supportFirst(session, position, hopes[0]!)));
        if (coached) return coached;
        // "counting and his letters, he can't write his name yet": the hope, and its need apart.
        const apart = hopes.length === 1 ? hardSaidAfter(hopes[0]!) : undefined;
        const kept = await keepHopes(session, apart ? [apart.hope] : hopes, theme, position.data?.barrier, apart?.hope ?? hopeWords(reply.text));
        const hard = apart ? [await keepHardSaidAfter(session, apart.hope, apart.hard)] : [];
        const next = withSplit(nextTheme(kept.draft, asked), kept.split, kept.draft);
        const heard = await noteCarerWorries(session, worries);
        return { ...next, say: [...heard, ...kept.readBack, ...hard, ...howToFix(kept, Boolean(next.goTo || next.openAt)), ...(next.say ?? [])] };
      }
      case 'yes':
        return { goTo: { ...position, data: { ...position.data, tellMe: YES } } };
      case 'no':
        // The difficulty said before "nothing" is not lost.
        if (position.data?.barrier) return this.keepHard(session, [position.data.barrier], theme, asked);
        return nextTheme(await session.draft(), asked);
      case 'notSure':
        return { say: [await this.examples(session, position.step)], goTo: position };
      case 'empty':
        return { say: [{ key: HopesText.notUnderstood }], goTo: position, miss: true };
    }
  }

  /**
   * Difficulties said at a question about one part of life, with no hope for it: kept as needs of
   * that part's hopes (if any), so the needs and the review can come back to them; then on.
   */
  private async keepHard(session: JourneySession, said: readonly string[], theme: ThemeId | null, asked: ThemeId[], helps?: string): Promise<Next> {
    const hopeIds = (await session.draft())?.aspirations.filter((a) => theme !== null && a.theme === theme).map((a) => a.id) ?? [];
    const draft = await keepHardThings(session, said, hopeIds, helps);
    const next = nextTheme(draft, asked);
    return { ...next, say: [{ key: HopesText.barrierKept }, ...(next.say ?? [])] };
  }

  /**
   * "thats all one hope" just after a message was cut into hopes puts them back together, and the
   * same question is asked again; it is never kept as a hope itself.
   */
  private async keptAsOne(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
    if (!saysItIsOneHope(text)) return undefined;
    const asOne = position.data?.[SPLIT.ids] ? await keepAsOne(session, position.data, text) : undefined;
    const data = Object.fromEntries(Object.entries(position.data ?? {}).filter(([key]) => key !== SPLIT.ids && key !== SPLIT.whole));
    const again = { step: position.step, ...(position.topic ? { topic: position.topic } : {}), ...(Object.keys(data).length ? { data } : {}) };
    return asOne ? { say: [asOne], goTo: again } : { say: [{ key: HopesText.notUnderstood }], goTo: position, miss: true };
  }

  /** A reply that was only chatter: a shrug gets ideas, anything else the question again. */
  private async onlyChatter(session: JourneySession, position: Position, text: string): Promise<Next> {
    if (shrugsOnly(text)) return { say: [await this.examples(session, position.step)], goTo: position };
    // "he ate my sock 😂😂": a story is thanked, never kept as a hope.
    if (onlyAFunnyStory(text)) return { say: [{ key: HopesText.storyHeard }], goTo: position, miss: true };
    return { say: [{ key: HopesText.notUnderstood }], goTo: position, miss: true };
  }

  private async examples(session: JourneySession, step: StepId): Promise<Words> {
    const draft = await session.draft();
    const map = isAboutAChild(draft) ? HopesNotSureChild : HopesNotSure;
    const older = isAboutAChild(draft) ? olderChildIdeaKey(step, draft?.youngPerson) : undefined;
    const fit = fitsTheAge({ key: older ?? map[step] ?? HopesText.notSureDream, vars: { name: aboutWhom(draft).name } }, draft);
    return { ...fit, key: ideasForThemeKey(fit.key, step === Step.hopesTheme ? session.journey.position?.topic : undefined) };
  }
}

