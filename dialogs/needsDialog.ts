import { hardWasHelp } from './needsHelpNotHard';
import { whichHopeAsked } from './whichHopeAsked';
import { hardAfterNo, saysNotHard, saysNothingIsHard } from '../src/language/notHard';
import { nothingHardSaidAgain } from './needsNothingSaid';
import { hardChangedAtNeeds } from './needsHardChanged';
import { saysNoWorkYet } from '../src/language/nothingHelps';
import { hasHelpSaid, helpAtHard, helpSaidAsSupport } from './needsHelpSaid';
import { isNewsByTheWay } from '../src/language/momentAside';
import { CHATTER_HEARD } from './chatTalkKeys';
import { helpAfterNothing } from '../src/language/nothingHelps';
import { endOfList } from '../src/language/listEnd';
import { isBareNo } from '../src/language/closedAnswers';
import { saysItIsOneHope } from '../src/language/hopesRepliedTo';
import { keepAsOne, SPLIT } from './hopesKept';
import { answerLink, keepUnlinked, LINK } from './needsLinkOffer';
import { afterHelps, nextHope } from './needsOrder';
import { mixUpAtNeeds } from './needsMixUp';
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
import { StageDialog, type Next } from './stageDialog';
import { hopesInDepth } from './hopesInDepth';
import { NeedsText } from './needsText';
import { meansBoth } from '../src/language/bothMeant';
import { CHECK, CHECK_CHOICES, keptHardOf, LIST_ENDED, listEnded, needsExamples, needsQuestion, YES } from './needsQuestion';
import { carriesOnHelpBefore } from './needsHelpAdded';
import { placeAddedToNeed } from './needPlaceAdded';
import { answerNeedsRemark } from './needsRemarks';
import { hopeCutAtNeeds } from './needsHopeCut';
import { worseAtHelps } from './needsWorseAtHelps';
import { wantedHelpAtNeeds } from './needsWantedHelp';
import { answerSafeOffer, safeOfferQuestion } from './needsSafeOffer';
import { keepNeed } from './needsKeep';
import { answerHelps } from './needsHelpsAnswer';
import { notANeedAtNeeds } from './needsNotANeed';
import { answerPutRight, hardPutBackAtHelps, hardPutRightAtHelps } from './needsHardPutRight';
import { withWorryHeard } from './worryHeard';
import { hopeSaidAtNeeds } from './hopeSaidAtNeeds';
import { hardOfAnotherHopeAtNeeds, hopeSaidAlreadyAtNeeds, hopesEndedAtNeeds, notAHardThingAtHelps } from './hardForAnotherHope';

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
    // "which made me feel sick": a parent's own worry is heard with a kind word before the next question.
    return withWorryHeard(session, text, await this.answerNow(session, position, text));
  }

  private async answerNow(session: JourneySession, position: Position, text: string): Promise<Next> {
    if (position.data?.[LINK]) return answerLink(session, position, text, { key: NeedsText.done });
    // "You said ... at the safety question. Is that something that makes things hard?": yes keeps it, no keeps nothing.
    const offer = await answerSafeOffer(session, position, text);
    if (offer?.said === 'yes') return keepNeed(session, position, offer.hard);
    if (offer?.said === 'no') return { say: [{ key: NeedsText.safeOfferNo }], goTo: position };
    // "end of the year" at "what makes this hard?", "wait i got mixed up. nothing is hard": never kept as content.
    const mixUp = await mixUpAtNeeds(session, position, text);
    if (mixUp && 'next' in mixUp) return mixUp.next;
    if (mixUp) text = mixUp.text;
    // "i told u. animals": the hope is kept already; never a new hope, hard thing or help.
    const told = (await hopeSaidAlreadyAtNeeds(session, position, text)) ?? (await nothingHardSaidAgain(session, position, text)) ?? (await hardChangedAtNeeds(session, position, text));
    if (told) return told;
    // "u skipped my english resit hope": answered, never kept as something hard or as help.
    const skipped = (await skippedHope(session, position, text)) ?? (await whichHopeAsked(session, position, text));
    if (skipped) return skipped;
    // "you've missed the main one", "can u change that wording": about the list so far, never a hard thing or help.
    const remark = (await answerNeedsRemark(session, position, text)) ?? (await hopeCutAtNeeds(session, position, text));
    if (remark) return remark;
    // "that last bit was what I WANT to help" (kept as help wished for), "im on internship at hospital kitchen", "thats not hard its good lol" (no hard thing).
    const wanted = (await wantedHelpAtNeeds(session, position, text)) ?? (await notANeedAtNeeds(session, position, text));
    if (wanted) return wanted;
    // "ok. my hope: i want be footballer" at "what makes this hard?": a hope, never a hard thing.
    const hopeAgain = await hopeSaidAtNeeds(session, position, text);
    if (hopeAgain) return hopeAgain;
    switch (position.step) {
      case Step.needsBarrier:
      case Step.needsMore: {
        // "thats it" typed for the hopes just finished; "the manga one is hard. my hands shake": kept with that hope.
        const another = (await hopesEndedAtNeeds(session, position, text)) ?? (await hardOfAnotherHopeAtNeeds(session, position, text));
        if (another) return another;
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
          const kept = await keepNeed(session, position, same.ownWords);
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
      case Step.needsHelps: {
        // "Shall I change it?" answered; anything else is what helps.
        const check = await answerPutRight(session, position, text);
        if (check.next) return check.next;
        position = check.position;
        // "wot? befor isnt a hard thing. i ment its the same hope": that hard thing taken off, never help.
        const notHard = await notAHardThingAtHelps(session, position, text);
        if (notHard) return notHard;
        // "what helps is X. but you put that where the hard bit was, the hard bit is her speech": both put where they belong.
        const putBack = await hardPutBackAtHelps(session, position, text);
        if (putBack) {
          const next = await answerHelps(session, position, readOpenReply(putBack.help, session.words, [NeedsText.helpsNothing]), putBack.help);
          return { ...next, say: [...putBack.say, ...(next.say ?? [])] };
        }
        // "actually wait its not really maths its more i dont know how u start a buisness": the hard thing put right, never help.
        const putRight = await hardPutRightAtHelps(session, position, text);
        if (putRight) return putRight;
        // "those were things that would help not hard things": the hard thing just kept moves to what helps.
        const wasHelp = await hardWasHelp(session, position, text);
        if (wasHelp) return wasHelp;
        // "or both" after one example of what helps: it names no help, so the examples are given and it is asked again.
        if (meansBoth(text)) return { say: [await needsExamples(session, position.step)], goTo: position };
        // News said by the way ("jade still hasnt messaged me back btw") is heard, not kept as help.
        if (isNewsByTheWay(text)) return { say: [{ key: CHATTER_HEARD }], goTo: position };
        // "mum not taking my phone cos that just starts a row": what makes it worse is never help.
        const draft = await session.draft();
        const worse = worseAtHelps(position, text, () => afterHelps(draft, position.topic, askedHopes(session), listEnded(position)));
        if (worse) return worse;
        // "nothin rly. gran reads stuff out": the help after the "nothing" is kept.
        return answerHelps(session, position, readOpenReply(helpAfterNothing(text) ?? text, session.words, [NeedsText.helpsNothing]), helpAfterNothing(text) ?? text);
      }
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
      if (hard) return keepNeed(session, { ...position, data: {} }, hard);
      const said = text.trim().toLowerCase();
      const tapped = CHECK_CHOICES.find((c) => session.t(c.labelKey).toLowerCase() === said)?.value;
      // "ye nothing its just fun": a yes, and the words after "nothing" only say why.
      const meant = tapped ?? (saysNothingIsHard(text) ? 'nothing' : undefined) ?? (reply.kind === 'yes' ? 'nothing' : reply.kind === 'no' ? (isBareNo(text) ? 'something' : 'nothing') : undefined);
      if (meant === 'something') return { goTo: { step: Step.needsBarrier, topic: position.topic } };
      if (meant === 'nothing') reply = { kind: 'no' };
    }
    // "maybe both" after ideas were offered: it names nothing of its own, so it is never kept; the ideas again.
    if (reply.kind === 'content' && meansBoth(text)) return { say: [await needsExamples(session, position.step)], goTo: position };
    // "Cleaning kennels is not hard": nothing makes it hard, as a "no" says; never kept as a need.
    if (reply.kind === 'content' && (saysNotHard(text) || saysNothingIsHard(text))) reply = { kind: 'no' };
    switch (reply.kind) {
      case 'content':
        return keepNeed(session, position, reply.text);
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

  private async answerMore(session: JourneySession, position: Position, reply: Reply): Promise<Next> {
    switch (reply.kind) {
      case 'content':
        return keepNeed(session, position, reply.text);
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
}
