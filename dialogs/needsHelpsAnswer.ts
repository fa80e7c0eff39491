import { helpOnce } from './keptOnce';
import { earlierHelp } from './needsHelpSaid';
import { needsTheHelpFits, readHelpAtNeeds } from '../src/language/helpAtNeeds';
import { carerStrainAtHelps } from './carerStrainAtNeeds';
import { quoteOf, saysNothingHelps, withoutHelpAsides, withoutQuestionsToTheBot } from '../src/language';
import { withoutChatterOrEmoji } from '../src/language/chatter';
import { readsAsAnotherBarrier, saysNobodyHelpsThere } from '../src/language/nothingHelps';
import { afterHelps } from './needsOrder';
import { timeOnlyAtHelps } from './needsTimeOnly';
import { askedHopes } from './skippedHope';
import { Step } from './ids';
import type { Position } from './journey';
import type { Reply } from './readReply';
import type { JourneySession } from './session';
import { helpsApart } from '../src/language/helpsApart';
import type { Next } from './stageDialog';
import { NeedsText } from './needsText';
import { listEnded, needsExamples } from './needsQuestion';
import { WISHED, wishedAtHelps, wishHadNow } from './needsWishedHelp';
import { ideaAfterNothing, ideaAsWish } from '../src/language/ideaAfterNothing';
import { helpBeforeOwnWish } from '../src/language/wishedHelp';
import { readWorse } from '../src/language/makesItWorse';
import { keepNeed } from './needsKeep';
import { hardNamedAtHelps } from '../src/language/hardNamedAtHelps';
import { onlyAWorry } from '../src/language/parentWorrySaid';
import { speaksForThem } from './aboutWhom';
import { helpWithoutLead } from '../src/language/helpLeadOff';
import { saysGoalNotHelp } from '../src/language/goalNotHelp';

/*
 * Reading the answer to "what already helps?": help had now, help wished for, or a hard thing
 * said at the wrong question. Apart from the needs dialog, which only routes the answers.
 */

export async function answerHelps(session: JourneySession, position: Position, reply: Reply, typed: string): Promise<Next> {
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
      // "ugh whatever. wat makes it hard is reading. like recipes n exams": reading is the hard thing; the sigh is never kept.
      const named = hardNamedAtHelps(typed);
      // "i worry so much that if he cant tell someone hes hurt nobody will know": a parent's worry is a hard thing, never help.
      const worry = onlyAWorry(reply.text) && speaksForThem(await session.draft());
      if (named || worry || readsAsAnotherBarrier(reply.text) || saysNobodyHelpsThere(reply.text) || readWorse(reply.text) === 'hard') {
        const kept = await keepNeed(session, position, named ?? reply.text);
        // The help still to come may be for the hard thing asked about first: both stay asked about.
        const asked = position.data?.need;
        const goTo = kept.goTo?.step === Step.needsHelps && asked ? { ...kept.goTo, data: { ...kept.goTo.data, need: `${asked} ${kept.goTo.data?.need ?? ''}`.trim() } } : kept.goTo;
        // The same hard thing again ("i find reading hard" after "reading is hard"): said to be kept already, and what helps asked again.
        if (kept.say?.some((w) => (w as { key?: string }).key === NeedsText.alreadyKept)) return { say: kept.say, goTo: position };
        return { ...kept, ...(goTo ? { goTo } : {}), say: [{ key: NeedsText.helpsKeptAsHard }, ...(kept.say ?? [])] };
      }
      // "less crisps": a goal of their own, never help; the question is asked again and nothing kept.
      if (saysGoalNotHelp(reply.text)) return { say: [{ key: NeedsText.helpsGoalNotHelp }], goTo: position };
      const draft = await session.draft();
      const needIds = (position.data?.need ?? '').split(' ').filter((id) => draft?.needs.some((n) => n.id === id));
      if (needIds.length === 0) return afterHelps(draft, position.topic, askedHopes(session), listEnded(position));
      // "nothing rly; i didnt know u could get extra time": no help now; "extra time" noted as an idea, and on.
      const idea = ideaAfterNothing(reply.text);
      if (idea) return wishedAtHelps(session, { ...position, data: { ...position.data, [WISHED]: 'yes' } }, ideaAsWish(idea), needIds, () => afterHelps(draft, position.topic, askedHopes(session), listEnded(position)));
      // "my mum, this plan? ehcp?", "... and the lads at the bus stop": questions to the bot and asides beside the help are never kept.
      // "staff remind me but i want to do it myself": the help had is kept; wanting to do it alone is no wished-for help.
      // "the help i need shud say a colour map of the school too", "mum sez she needs a timer": only the help is kept.
      const heard = helpWithoutLead(withoutChatterOrEmoji(withoutHelpAsides(withoutQuestionsToTheBot(reply.text))));
      const helps = helpBeforeOwnWish(heard)?.help ?? heard;
      const said = readHelpAtNeeds(helps !== heard ? helps : typed, { question: 'helps', answer: helps, earlierHelp: earlierHelp(draft, needIds) });
      // "an app that tells me when to get off maybe": help wished for, kept as a wish; does anything help already?
      if (said?.kind === 'wished') return wishedAtHelps(session, position, helpWithoutLead(said.wish), needIds, () => afterHelps(draft, position.topic, askedHopes(session), listEnded(position)), helps);
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
