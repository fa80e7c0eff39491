import { addedThing } from '../src/language/addedThing';
import { needOnce } from './keptOnce';
import { sameNeed } from '../src/language/sameNeed';
import { hasHelpSaid, withHelpSaid, withMoreHelpSaid } from './needsHelpSaid';
import { helpBesideHard } from '../src/language/helpBesideHard';
import { sectionOfNeed } from './carerStrainAtNeeds';
import { ASKED_ONLY, isBarrier, quoteOf, sectionsOfNeeds, quoteNeed, splitNeeds, withoutQuestionsToTheBot, placeOfDays } from '../src/language';
import { withoutChatterOrEmoji } from '../src/language/chatter';
import { speaksForThem } from './aboutWhom';
import { nextHope } from './needsOrder';
import { askedHopes } from './skippedHope';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import { quotedList } from './quotedList';
import type { Next } from './stageDialog';
import { NeedsText } from './needsText';
import { keptHardOf, LIST_ENDED, THESE, YES } from './needsQuestion';
import { saidFirst, strengthSaidWithNeed } from './strengthAtNeeds';
import { saysAidsTakenAway } from '../src/language/aidsTakenAway';

/*
 * Keeping a hard thing said at the needs stage: split into needs, linked to the hope, said back,
 * and the question about what helps that follows. Apart from the needs dialog so both the answers
 * to "what makes it hard?" and the hard things said at "what helps?" keep them the same way.
 */

/** A need is stored linked to the hope it blocks; then what already helps with it. */
// A need said with doubt ("reading?") is still a need: only questions to the bot are let go.
export async function keepNeed(session: JourneySession, position: Position, typed: string): Promise<Next> {
  // "add maths": the asking word is no part of the hard thing, which is "maths".
  const text = addedThing(typed) ?? typed;
  // "im good at maths but reading is really hard": the strength is kept with strengths, the rest is the need.
  const strength = await strengthSaidWithNeed(session, text);
  if (strength) return saidFirst(strength.say, await keepNeed(session, position, strength.hard));
  // "he has few words. what helps is the SALT lady": the help is kept as what helps, and "what helps?" is not asked.
  const helped = helpBesideHard(text);
  if (helped) return saidFirst({ key: NeedsText.helpsSaidWithHard, vars: { help: `"${quoteOf(helped.help)}"` } }, await keepNeed(session, { ...position, data: withMoreHelpSaid(position.data, helped.help) }, helped.hard));
  const hopeId = position.topic;
  const before = await session.draft();
  if (!hopeId || !before?.aspirations.some((a) => a.id === hopeId)) return nextHope(before, hopeId, askedHopes(session));
  // "i cant cook and i get stressed in busy places" is two needs, helps asked once; kept without "lol", emoji or questions to the bot.
  // "spelling. i said that": the remark goes before this, and the full stop it leaves is no part of the hard thing.
  const parts = splitNeeds(withoutChatterOrEmoji(withoutQuestionsToTheBot(text, ASKED_ONLY) || text), isBarrier).map(withoutLoneFullStop);
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
  const each = parts.length > 1 ? [{ key: NeedsText.keptEach, vars: { needs: parts.map((p) => `\n${quotedList([quoteNeed(p)])}`).join('') } }] : [];
  // Aids taken off them ("nursery take out his hearing aids and put in box") are a need said with worry: said kindly to matter.
  const say = saysAidsTakenAway(text) ? [{ key: NeedsText.aidsTakenKept }, ...each] : each;
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

/** "spelling." is "spelling": one sentence's closing full stop goes; "I can't read. It makes me sad." stays as typed. */
function withoutLoneFullStop(part: string): string {
  return /[.!?]\s/.test(part) ? part : part.replace(/(?<!\.)\.\s*$/, '');
}
