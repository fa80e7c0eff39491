import { whichHopeAsked } from './whichHopeAsked';
import { hardAfterNo, saysNotHard } from '../src/language/notHard';
import { saysNoWorkYet } from '../src/language/nothingHelps';
import { helpOnce, needOnce } from './keptOnce';
import { sameNeed } from '../src/language/sameNeed';
import { earlierHelp, hasHelpSaid, helpAtHard, helpSaidAsSupport, withHelpSaid } from './needsHelpSaid';
import { needsTheHelpFits, readHelpAtNeeds } from '../src/language/helpAtNeeds';
import { carerStrainAtHelps, sectionOfNeed } from './carerStrainAtNeeds';
import { isNewsByTheWay } from '../src/language/momentAside';
import { CHATTER_HEARD } from './chatTalkKeys';
import { ASKED_ONLY, isBarrier, sectionsOfNeeds, quoteNeed, quoteOf, saysNothingHelps, splitNeeds, withoutHelpAsides, withoutQuestionsToTheBot, placeOfDays } from '../src/language';
import { withoutChatterOrEmoji } from '../src/language/chatter';
import { helpAfterNothing, readsAsAnotherBarrier, saysNobodyHelpsThere } from '../src/language/nothingHelps';
import { endOfList } from '../src/language/listEnd';
import { speaksForThem } from './aboutWhom';
import { isBareNo } from '../src/language/closedAnswers';
import { saysItIsOneHope } from '../src/language/hopesRepliedTo';
import { keepAsOne, SPLIT } from './hopesKept';
import { answerLink, keepUnlinked, LINK } from './needsLinkOffer';
import { afterHelps, nextHope } from './needsOrder';
import { timeOnlyAtHelps } from './needsTimeOnly';
import { needNotForThisHope } from './needNotForThisHope';
import { sameNeedsAgain } from './sameNeedsAgain';
import { askedHopes, skippedHope } from './skippedHope';
import { hopeWasHardAtNeeds } from './hopeWasHard';
import { DialogId, Stage, Step } from './ids';
import type { Position } from './journey';
import { moreReply } from './closedReplies';
import { readOpenReply, readYesNoReply, type Reply } from './readReply';
import type { Question } from './say';
import type { JourneySession } from './session';
import { quotedList } from './quotedList';
import { helpsApart } from '../src/language/helpsApart';
import { StageDialog, type Next } from './stageDialog';
import { hopesInDepth } from './hopesInDepth';
import { NeedsText } from './needsText';
import { CHECK, CHECK_CHOICES, keptHardOf, LIST_ENDED, listEnded, needsExamples, needsQuestion, THESE, YES } from './needsQuestion';
import { WISHED, wishedAtHelps, wishHadNow } from './needsWishedHelp';
import { ideaAfterNothing, ideaAsWish } from '../src/language/ideaAfterNothing';
import { helpBeforeOwnWish } from '../src/language/wishedHelp';
import { carriesOnHelpBefore } from './needsHelpAdded';
import { placeAddedToNeed } from './needPlaceAdded';
import { saidFirst, strengthSaidWithNeed } from './strengthAtNeeds';
import { answerNeedsRemark } from './needsRemarks';
import { hopeCutAtNeeds } from './needsHopeCut';
import { worseAtHelps } from './needsWorseAtHelps';
import { readWorse } from '../src/language/makesItWorse';
import { wantedHelpAtNeeds } from './needsWantedHelp';
import { answerSafeOffer, safeOfferQuestion } from './needsSafeOffer';
import { notANeedAtNeeds } from './needsNotANeed';

export { hopesInDepth, MAX_HOPES_IN_DEPTH } from './hopesInDepth';

/** Needs: for each hope, what makes it hard now and what already helps, linked to that hope. */
export class NeedsDialog extends StageDialog {
  readonly stage = Stage.needs;
  protected override readonly addsToPreviousAnswer = true;

  protected override async carriesOnAnswerBefore(session: JourneySession, position: Position, text: string): Promise<boolean> {
    return carriesOnHelpBefore(session, position, text);
  }

  constructor() {
    super(DialogId.needs);
  }

  protected async first(session: JourneySession): Promise<Omit<Position, 'stage'> | undefined> {
    const hope = hopesInDepth(await session.draft())[0];
    return hope ? { step: Step.needsBarrier, topic: hope.id } : undefined;
  }

  protected async question(session: JourneySession, position: Position): Promise<Question> {
    return (await safeOfferQuestion(session, position)) ?? needsQuestion(session, position);
  }

  protected async answer(session: JourneySession, position: Position, text: string): Promise<Next> {
    if (position.data?.[LINK]) return answerLink(session, position, text, { key: NeedsText.done });
    // "You said ... at the safety question. Is that something that makes things hard?": yes keeps it, no keeps nothing.
    const offer = await answerSafeOffer(session, position, text);
    if (offer?.said === 'yes') return this.keepNeed(session, position, offer.hard);
    if (offer?.said === 'no') return { say: [{ key: NeedsText.safeOfferNo }], goTo: position };
    // "u skipped my english resit hope": answered, never kept as something hard or as help.
    const skipped = (await skippedHope(session, position, text)) ?? (await whichHopeAsked(session, position, text));
    if (skipped) return skipped;
    // "you've missed the main one", "can u change that wording": about the list so far, never a hard thing or help.
    const remark = (await answerNeedsRemark(session, position, text)) ?? (await hopeCutAtNeeds(session, position, text));
    if (remark) return remark;
    // "that last bit was what I WANT to help" (kept as help wished for), "im on internship at hospital kitchen", "thats not hard its good lol" (no hard thing).
    const wanted = (await wantedHelpAtNeeds(session, position, text)) ?? (await notANeedAtNeeds(session, position, text));
    if (wanted) return wanted;
    switch (position.step) {
      case Step.needsBarrier:
      case Step.needsMore: {
        // "and maths?? no nothing else": maths is kept, the finishing words never are, and the list ends.
        const listed = endOfList(text);
        if (listed.ended && listed.rest) {
          text = listed.rest;
          position = { ...position, data: { ...position.data, [LIST_ENDED]: YES } };
        }
        // "and also at lunch" at "anything else?": where or when the hard thing just given happens too.
        const place = position.step === Step.needsMore || position.data?.another === YES ? await placeAddedToNeed(session, position, text) : undefined;
        if (place) return place;
        const hard = position.step === Step.needsBarrier ? await hopeWasHardAtNeeds(session, position, text) : undefined;
        const same = hard ?? (await needNotForThisHope(session, position, text)) ?? (await sameNeedsAgain(session, position, text));
        // "same as b4 i get anxious in big groups": their new words, without the pointer, kept as a need.
        if (same && 'ownWords' in same) {
          const kept = await this.keepNeed(session, position, same.ownWords);
          return { ...kept, say: [...(same.say ?? []), ...(kept.say ?? [])] };
        }
        if (same) return same;
        const help = await helpAtHard(session, position, text);
        if (help) return help;
        // "never had job" at "anything else hard?": its "never" is no "no"; no work yet is the hard thing.
        if (position.step === Step.needsMore && saysNoWorkYet(text)) return this.answerMore(session, position, { kind: 'content', text });
        if (position.step === Step.needsMore) return this.answerMore(session, position, moreReply(text, readYesNoReply));
        return this.answerBarrier(session, position, readOpenReply(text, session.words, [NeedsText.barrierNothing]), text);
      }
      case Step.needsHelps:
        // News said by the way ("jade still hasnt messaged me back btw") is heard, not kept as help.
        if (isNewsByTheWay(text)) return { say: [{ key: CHATTER_HEARD }], goTo: position };
        // "mum not taking my phone cos that just starts a row": what makes it worse is never help.
        const draft = await session.draft();
        const worse = worseAtHelps(position, text, () => afterHelps(draft, position.topic, askedHopes(session), listEnded(position)));
        if (worse) return worse;
        // "nothin rly. gran reads stuff out": the help after the "nothing" is kept.
        return this.answerHelps(session, position, readOpenReply(helpAfterNothing(text) ?? text, session.words, [NeedsText.helpsNothing]), helpAfterNothing(text) ?? text);
      default:
        return {};
    }
  }

  override async skip(session: JourneySession, position: Position): Promise<Next> {
    if (position.data?.[LINK]) return keepUnlinked(session, position, { key: NeedsText.done });
    const draft = await session.draft();
    if (position.step === Step.needsHelps) return afterHelps(draft, position.topic, askedHopes(session), listEnded(position));
    return nextHope(draft, position.topic, askedHopes(session));
  }

  private async answerBarrier(session: JourneySession, position: Position, reply: Reply, text: string): Promise<Next> {
    // "it's all one hope", just after the hopes stage cut the last message into several: put back together.
    if (saysItIsOneHope(text)) return this.keptAsOne(session, position, text);
    // A bare "no" may be meant for the question before: one short check, never the long question again.
    // "no" after the kept hard things were read back: nothing else, so on to what helps with those.
    const kept = keptHardOf(await session.draft(), position.topic, position);
    if (kept.length > 0 && (reply.kind === 'no' || (reply.kind === 'content' && saysNotHard(text)))) return { goTo: { step: Step.needsHelps, topic: position.topic, data: { need: kept.map((n) => n.id).join(' ') } } };
    if (reply.kind === 'no' && isBareNo(text) && !position.data?.[CHECK] && position.data?.another !== YES) return { goTo: { ...position, data: { [CHECK]: YES } } };
    if (position.data?.[CHECK]) {
      // "no wait, loud busy places": something does, and these words are what.
      const hard = hardAfterNo(text);
      if (hard) return this.keepNeed(session, { ...position, data: {} }, hard);
      const said = text.trim().toLowerCase();
      const tapped = CHECK_CHOICES.find((c) => session.t(c.labelKey).toLowerCase() === said)?.value;
      const meant = tapped ?? (reply.kind === 'yes' ? 'nothing' : reply.kind === 'no' ? (isBareNo(text) ? 'something' : 'nothing') : undefined);
      if (meant === 'something') return { goTo: { step: Step.needsBarrier, topic: position.topic } };
      if (meant === 'nothing') reply = { kind: 'no' };
    }
    // "Cleaning kennels is not hard": nothing makes it hard, as a "no" says; never kept as a need.
    if (reply.kind === 'content' && saysNotHard(text)) reply = { kind: 'no' };
    switch (reply.kind) {
      case 'content':
        return this.keepNeed(session, position, reply.text);
      case 'no': {
        // "no", "nah", "nothing really" at "what makes it hard?": nothing does, as the button says.
        // Help said first for this hope is still kept, with how to help them.
        if (hasHelpSaid(position.data)) await session.updateDraft('help said with nothing hard', (d) => helpSaidAsSupport(d, position.data));
        const next = nextHope(await session.draft(), position.topic, askedHopes(session));
        const glad = position.data?.another === YES ? [] : [{ key: NeedsText.noBarrier }];
        return { ...next, say: [...glad, ...(next.say ?? [])] };
      }
      case 'notSure':
        return { say: [await needsExamples(session, position.step)], goTo: position };
      case 'yes':
      case 'empty':
        return { say: [{ key: NeedsText.notUnderstood }], goTo: position, miss: true };
    }
  }

  private async answerHelps(session: JourneySession, position: Position, reply: Reply, typed: string): Promise<Next> {
    // "no i mean that DOES help already" after their help was taken for a wish: it is help had now.
    const hadNow = await wishHadNow(session, position, typed, (d) => afterHelps(d, position.topic, askedHopes(session), listEnded(position)));
    if (hadNow) return hadNow;
    switch (reply.kind) {
      case 'content': {
        // "next year" says when, not what helps: asked again kindly, nothing kept.
        const notHelp = await timeOnlyAtHelps(session, position, reply.text);
        if (notHelp) return notHelp;
        // "I am tired, if I am honest": the carer's own strain is a need of the family, not help the child has.
        const strain = await carerStrainAtHelps(session, position, reply.text);
        if (strain) return strain;
        // "reading is hard and i get angry when its loud", "at playtime nobody help him", "other kids winding him up": a hard thing, kept with the hard things, never help.
        if (readsAsAnotherBarrier(reply.text) || saysNobodyHelpsThere(reply.text) || readWorse(reply.text) === 'hard') {
          const kept = await this.keepNeed(session, position, reply.text);
          // The help still to come may be for the hard thing asked about first: both stay asked about.
          const asked = position.data?.need;
          const goTo = kept.goTo?.step === Step.needsHelps && asked ? { ...kept.goTo, data: { ...kept.goTo.data, need: `${asked} ${kept.goTo.data?.need ?? ''}`.trim() } } : kept.goTo;
          // The same hard thing again ("i find reading hard" after "reading is hard"): said to be kept already, and what helps asked again.
          if (kept.say?.some((w) => (w as { key?: string }).key === NeedsText.alreadyKept)) return { say: kept.say, goTo: position };
          return { ...kept, ...(goTo ? { goTo } : {}), say: [{ key: NeedsText.helpsKeptAsHard }, ...(kept.say ?? [])] };
        }
        const draft = await session.draft();
        const needIds = (position.data?.need ?? '').split(' ').filter((id) => draft?.needs.some((n) => n.id === id));
        if (needIds.length === 0) return afterHelps(draft, position.topic, askedHopes(session), listEnded(position));
        // "nothing rly; i didnt know u could get extra time": no help now; "extra time" noted as an idea, and on.
        const idea = ideaAfterNothing(reply.text);
        if (idea) return wishedAtHelps(session, { ...position, data: { ...position.data, [WISHED]: 'yes' } }, ideaAsWish(idea), needIds, () => afterHelps(draft, position.topic, askedHopes(session), listEnded(position)));
        // "my mum, this plan? ehcp?", "... and the lads at the bus stop": questions to the bot and asides beside the help are never kept.
        // "staff remind me but i want to do it myself": the help had is kept; wanting to do it alone is no wished-for help.
        const heard = withoutChatterOrEmoji(withoutHelpAsides(withoutQuestionsToTheBot(reply.text)));
        const helps = helpBeforeOwnWish(heard)?.help ?? heard;
        const said = readHelpAtNeeds(helps !== heard ? helps : typed, { question: 'helps', answer: helps, earlierHelp: earlierHelp(draft, needIds) });
        // "an app that tells me when to get off maybe": help wished for, kept as a wish; does anything help already?
        if (said?.kind === 'wished') return wishedAtHelps(session, position, said.wish, needIds, () => afterHelps(draft, position.topic, askedHopes(session), listEnded(position)), helps);
        if (!helps) return { say: [{ key: NeedsText.notUnderstood }], goTo: position, miss: true };
        // "yes the reading like i said": the help said before, in the words it was said in.
        const before = said?.kind === 'saidBefore' ? said.help : null;
        // "jen comes on the bus with me. and pictures help me": two helps, each kept with what it fits.
        const kept = before ?? helpsApart(helps);
        const fits = (help: string) => needsTheHelpFits(help, (draft?.needs ?? []).filter((n) => needIds.includes(n.id))).map((n) => n.id);
        const saved = await session.updateDraft('what helps with a need', (d) => kept.reduce((next, help) => fits(help).reduce((withHelp, id) => helpOnce(withHelp, id, help), next), d));
        const next = afterHelps(saved, position.topic, askedHopes(session), listEnded(position));
        if (before) return { ...next, say: [{ key: NeedsText.helpsSaidBefore, vars: { help: before.map((t) => `"${quoteOf(t)}"`).join(', ') } }, ...(next.say ?? [])] };
        // "nothing. they said id get a laptop but i never got one" is kept, with a reply that fits it.
        const thanks = saysNothingHelps(reply.text) ? NeedsText.helpsNotWorking : NeedsText.helpsThanks;
        return { ...next, say: [{ key: thanks }, ...(next.say ?? [])] };
      }
      case 'no': {
        const next = afterHelps(await session.draft(), position.topic, askedHopes(session), listEnded(position));
        return { ...next, say: [{ key: NeedsText.helpsNoneYet }, ...(next.say ?? [])] };
      }
      case 'notSure':
        return { say: [await needsExamples(session, position.step)], goTo: position };
      case 'yes':
      case 'empty':
        return { say: [{ key: NeedsText.notUnderstood }], goTo: position, miss: true };
    }
  }

  private async answerMore(session: JourneySession, position: Position, reply: Reply): Promise<Next> {
    switch (reply.kind) {
      case 'content':
        return this.keepNeed(session, position, reply.text);
      case 'yes':
        return { goTo: { step: Step.needsBarrier, topic: position.topic, data: { another: YES } } };
      case 'no':
        return nextHope(await session.draft(), position.topic, askedHopes(session));
      case 'notSure':
        return { say: [await needsExamples(session, position.step)], goTo: position };
      case 'empty':
        return { say: [{ key: NeedsText.notUnderstood }], goTo: position, miss: true };
    }
  }

  /** The hopes cut from one message kept as one; the question is asked again, about the first hope. */
  private async keptAsOne(session: JourneySession, position: Position, text: string): Promise<Next> {
    const asOne = position.data?.[SPLIT.ids] ? await keepAsOne(session, position.data, text) : undefined;
    if (!asOne) return { say: [{ key: NeedsText.notUnderstood }], goTo: position, miss: true };
    const first = hopesInDepth(await session.draft())[0];
    return { say: [asOne], ...(first ? { goTo: { step: Step.needsBarrier, topic: first.id } } : {}) };
  }

  /** A need is stored linked to the hope it blocks; then what already helps with it. */
  // A need said with doubt ("reading?") is still a need: only questions to the bot are let go.
  private async keepNeed(session: JourneySession, position: Position, text: string): Promise<Next> {
    // "im good at maths but reading is really hard": the strength is kept with strengths, the rest is the need.
    const strength = await strengthSaidWithNeed(session, text);
    if (strength) return saidFirst(strength.say, await this.keepNeed(session, position, strength.hard));
    const hopeId = position.topic;
    const before = await session.draft();
    if (!hopeId || !before?.aspirations.some((a) => a.id === hopeId)) return nextHope(before, hopeId, askedHopes(session));
    // "i cant cook and i get stressed in busy places" is two needs, helps asked once; kept without "lol", emoji or questions to the bot.
    const parts = splitNeeds(withoutChatterOrEmoji(withoutQuestionsToTheBot(text, ASKED_ONLY) || text), isBarrier);
    // The same hard thing said again for this hope, in any words: it is kept already, and said back.
    const here = before.needs.filter((n) => n.aspirationIds.includes(hopeId));
    const again = parts.map((part) => here.find((n) => sameNeed(n.text, part)));
    if (again.every(Boolean)) {
      return { say: [{ key: NeedsText.alreadyKept, vars: { needs: again.map((n) => `"${quoteNeed(n!.text)}"`).join(', ') } }], goTo: { step: Step.needsMore, topic: hopeId } };
    }
    const needIds: string[] = [];
    await session.updateDraft('need added', (d) =>
      parts.reduce((next, part, i) => {
        // The EHC section (B, C or D) is suggested from the words and the place beside them (said before it, or the hope); the key worker confirms it.
        const added = needOnce(next, part, [hopeId], sectionOfNeed(part, speaksForThem(before), () => sectionsOfNeeds(parts, placeOfDays(d), before.aspirations.find((a) => a.id === hopeId)?.text ?? '')[i]!));
        needIds.push(added.need.id);
        return added.draft;
      }, d),
    );
    // "the till and the plant labels. and getting the bus there": each hard thing kept is read back in a list.
    const say = parts.length > 1 ? [{ key: NeedsText.keptEach, vars: { needs: parts.map((p) => `\n${quotedList([quoteNeed(p)])}`).join('') } }] : [];
    // Help said before this need was ("a TA and extra time") is what helps with it: not asked for again.
    if (hasHelpSaid(position.data)) {
      await session.updateDraft('help said before the need', (d) => withHelpSaid(d, needIds, position.data));
      return { say, goTo: { step: Step.needsMore, topic: hopeId } };
    }
    // Hard things kept before this question ("i get nervous with customers") are asked about too, naming both.
    const kept = position.step === Step.needsBarrier ? keptHardOf(before, hopeId, position).filter((n) => !n.helps?.length && !needIds.includes(n.id)) : [];
    const asked = [...kept.map((n) => n.id), ...needIds];
    return { say, goTo: { step: Step.needsHelps, topic: hopeId, data: { need: asked.join(' '), ...(kept.length ? { [THESE]: YES } : {}), ...(position.data?.[LIST_ENDED] ? { [LIST_ENDED]: YES } : {}) } } };
  }
}
