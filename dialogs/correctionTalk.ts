import { asksToChangeLastHard } from '../src/language/hardReworded';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import { askStepNotAsked } from './stepNotAsked';
import { hopeNamedBy, quoteOf, readEditRequest, readTakeBack } from '../src/language';
import { readCorrectionTalk } from '../src/language/correctionTalk';
import { aboutWhatWasAsked, asksToFixIt, correctsAnEarlierAnswer, partToTakeOut } from '../src/language/noWithInstruction';
import { notThisHope } from '../src/language/notThisHope';
import { readHopeCorrection } from '../src/language/hopeCorrection';
import { normaliseMessage } from '../src/language/text';
import type { ChatHost } from './chatTalk';
import { askEdit } from './editAnywhere';
import { answerFactPutRight } from './factPutRight';
import { openEarlierQuestion } from './earlierQuestionBack';
import { Stage, Step } from './ids';
import { unfinishedOutcome } from './outcomeThread';
import { sayAll } from './say';
import { sessionOf } from './session';
import { quotedList } from './quotedList';

/*
 * Corrections and complaints said where an answer was asked for, acted on and never kept:
 * "no not gym. the job one" at a step asks for the job hope's step; "sam is not hard. take it
 * off" offers to take that need out; "keep the daily part" at an outcome's questions says whether
 * those words are in it; "No! Do not take that out. Take out my chef hope" asks about that hope;
 * "can i see my hopes" lists them. Complaints ("you've skipped ahead", "it's junk") are left to the chat talk.
 */

export const CorrectionText = {
  sorry: 'common:complaintHeard',
  partsKept: 'common:correctionTalk.partsKept',
  partsMissing: 'common:correctionTalk.partsMissing',
  instead: 'common:correctionTalk.insteadHeard',
  hopesSoFar: 'common:correctionTalk.hopesSoFar',
  noHopesYet: 'common:correctionTalk.noHopesYet',
  wrongPlace: 'common:correctionTalk.wrongPlace',
} as const;

/** The turn's result when the message was a correction or complaint; undefined when it is for the open question. */
export async function answerCorrectionTalk(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.stage === Stage.welcome || at.stage === Stage.review) return undefined;
  // "No. That is wrong. Mum does not do my money now. I do it myself.": the kept words are put right.
  const fact = await answerFactPutRight(inner, host, text);
  if (fact) return fact;
  // "go back to the help question": that question again, before any take-back reads "delete that" in it.
  const earlier = await openEarlierQuestion(inner, host, text);
  if (earlier) return earlier;
  // "Do what? You did not ask me what is the step" at "By when?": the step asked for now, nothing kept.
  const notAsked = await askStepNotAsked(inner, host, text);
  if (notAsked) return notAsked;
  const said = readCorrectionTalk(text);
  // A complaint alone is heard where every complaint is (chatTalk.ts): sorry, or the question's own reading of it.
  if (!said || said.kind === 'complaint') return undefined;
  const draft = await session.draft();
  // "can i see my hopes": the hopes so far, and the question again; never kept as a hope or a need.
  if (said.kind === 'seeHopes') {
    const list = quotedList((draft?.aspirations ?? []).map((a) => quoteOf(a.text)));
    await sayAll(inner.context, session.t, [list ? { key: CorrectionText.hopesSoFar, vars: { list } } : { key: CorrectionText.noHopesYet }]);
    return host.reprompt(inner);
  }
  // "football is not help he need!! it is what he can do next": about an earlier answer, never this one.
  if (said.kind === 'wrongPlace') {
    await sayAll(inner.context, session.t, [{ key: CorrectionText.wrongPlace, vars: { named: quoteOf(said.named) } }]);
    return host.reprompt(inner);
  }
  if (said.kind === 'instead') {
    // At an outcome's read-back, its own reading ("no, change it to ...") wins; "wait no, not that" takes back the last answer.
    // "no. take me out of that school" at "do you feel safe?" is a wish about their life: the safety answer reads it.
    if (at.step === Step.aboutMeSafe && !correctsAnEarlierAnswer(text)) return undefined;
    // "no not that. delete it" takes back the answer just kept, as "wait no, not that" does.
    if (at.step === Step.outcomeConfirm || ((!said.instruction || aboutWhatWasAsked(said.instruction)) && readTakeBack(text))) return undefined;
    // "no thats not a hope!! can you fix it": the hope just kept is asked about by the hope correction reader.
    if (at.stage === Stage.hopes && asksToFixIt(said.instruction)) return undefined;
    // "no thats not what i meant can u change it" at the needs: the hard thing just kept, reworded there (needsRemarks.ts).
    if (at.stage === Stage.needs && asksToChangeLastHard(text)) return undefined;
    // "no. change it to: i want to work with animals" at the hopes: the hope just kept gets those words (hopeCorrected.ts).
    if (at.stage === Stage.hopes && said.instruction && readHopeCorrection(said.instruction)?.text) return undefined;
    // "no i meant the one about reading" at the step question: which hope, read by the step's own reader.
    if (at.step === Step.outcomeStep && !said.instruction && notThisHope(text)?.named) return undefined;
    const edit = said.instruction ? readEditRequest(said.instruction) : null;
    if (edit) return host.after(inner, await askEdit(inner, session, edit));
    // "Take out the bit about being a chef": the part its words name, an outcome first, else a hope or a need.
    const about = partToTakeOut(said.instruction);
    if (about) return host.after(inner, await askEdit(inner, session, { action: 'remove', part: { kind: 'outcome', place: null, about, current: false, loose: true } }));
    await sayAll(inner.context, session.t, [{ key: CorrectionText.instead }]);
    return host.reprompt(inner);
  }
  if (said.kind === 'notThat' && draft && at.step === Step.outcomeStep) {
    const others = draft.aspirations.filter((a) => a.id !== at.topic);
    const meant = hopeNamedBy(said.meant, others, (id) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text)).hope;
    if (meant) return host.openAt(inner, { stage: Stage.outcomes, step: Step.outcomeStep, topic: meant.id });
  }
  // "theres another one that says please delete": the part holding those words is read back, and taken out after a yes.
  if (said.kind === 'saysWords') return host.after(inner, await askEdit(inner, session, { action: 'remove', part: { kind: 'outcome', place: null, about: said.words, current: false, loose: true } }));
  if (said.kind === 'takeOut') {
    return host.after(inner, await askEdit(inner, session, { action: 'remove', part: { kind: 'need', place: null, about: said.named, current: false } }));
  }
  if (said.kind === 'keepParts' && draft && at.stage === Stage.outcomes) {
    const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
    const outcome = unfinishedOutcome(draft, at.topic, outcomeId);
    if (outcome) {
      const kept = normaliseMessage([outcome.statement, outcome.inTheirWords ?? '', outcome.measure ?? ''].join(' '));
      const missing = said.parts.filter((part) => !` ${kept} `.includes(` ${part} `));
      const parts = (missing.length > 0 ? missing : said.parts).map((p) => `"${quoteOf(p)}"`).join(' and ');
      await sayAll(inner.context, session.t, [{ key: missing.length > 0 ? CorrectionText.partsMissing : CorrectionText.partsKept, vars: { parts } }]);
      return host.reprompt(inner);
    }
  }
  // A correction with nothing to act on here: sorry, nothing kept, and the question again.
  await sayAll(inner.context, session.t, [{ key: CorrectionText.sorry }]);
  return host.reprompt(inner);
}
