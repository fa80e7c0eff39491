import { doesForMeShown } from '../language/feelingAnswer';
import { personForReadBack } from '../domain/childPronoun';
import { speaksForThem } from '../domain/aboutWhom';
import { whenAside, labelledWhen, whenLine } from '../domain/whenLine';
import type { Draft, Outcome } from '../domain/draft';
import type { Translate } from '../i18n';
import type { ExportBlock } from './exportModel';
import { AGREED_BY_KEY, ExportText, PFA_AREA_KEY, planPartKey, relationshipKey, themeKey } from './exportText';
import { plainText, sentenceText } from './plainText';

/*
 * One outcome of the plan as the exports lay it out (Section E): its rows in plan order, and who
 * agreed its wording.
 */

/** The outcome numbered `number`, with every row; an unanswered row says so. */
export function outcomeBlock(draft: Draft, outcome: Outcome, number: number, t: Translate): ExportBlock {
  const notAnswered = t(ExportText.notAnswered);
  const row = (labelKey: string, values: (string | null | undefined)[]) => {
    // Each row's words are a sentence of their own ("She will ..."); the when line is written whole by whenLine.
    const present = values.filter((v): v is string => typeof v === 'string' && v.length > 0).map(labelKey === ExportText.outcomeWhen ? plainText : sentenceText);
    if (present.length === 0) return { label: t(labelKey), values: [notAnswered], missing: true };
    // "When" beside "When college starts": the word is never doubled.
    if (labelKey !== ExportText.outcomeWhen) return { label: t(labelKey), values: present };
    const shown = labelledWhen(t(labelKey), present[0]!);
    return { label: shown.title, values: [shown.value, ...present.slice(1)] };
  };
  const aspiration = draft.aspirations.find((a) => a.id === outcome.aspirationId);
  const needs = outcome.needIds.map((id) => draft.needs.find((n) => n.id === id)?.text);
  const when = outcome.timeframe ? whenLine(plainText(outcome.timeframe.phrase), outcome.timeframe.date) : null;
  const provides = outcome.provision.map((p) =>
    p.howOften && !p.text.toLowerCase().includes(p.howOften.toLowerCase())
      ? t(ExportText.outcomeProvidesValueOften, { text: plainText(p.text), howOften: plainText(p.howOften), by: t(planPartKey(p.by)) })
      : t(ExportText.outcomeProvidesValue, { text: plainText(p.text), by: t(planPartKey(p.by)) }),
  );
  const steps = (outcome.steps ?? []).map((step) =>
    // The step's own date is shown beside it ("by Easter, 25 March 2027"), even when its words say the time.
    step.timeframe?.date ? t(ExportText.outcomeStepValue, { text: plainText(step.text), phrase: plainText(whenAside(step.timeframe.phrase, step.timeframe.date)) }) : plainText(step.text),
  );
  const caption = outcome.theme
    ? t(ExportText.outcomeCaptionWithTheme, { number, theme: t(themeKey(outcome.theme)) })
    : t(ExportText.outcomeCaption, { number });
  return {
    kind: 'outcome',
    id: outcome.id,
    caption,
    rows: [
      row(ExportText.outcomeStatement, [outcome.statement]),
      row(ExportText.outcomeWhen, [when]),
      row(ExportText.outcomeMeasure, [outcome.measure]),
      row(ExportText.outcomeAspiration, [aspiration?.text]),
      row(ExportText.outcomeNeeds, needs),
      row(ExportText.outcomeDoesForMe, [outcome.doesForMe ? doesForMeShown(outcome.doesForMe, personForReadBack(draft)) : null]),
      row(ExportText.outcomeMakesPossible, [outcome.makesPossible]),
      row(ExportText.outcomeProvides, provides),
      ...(steps.length > 0 ? [row(ExportText.outcomeSteps, steps)] : []),
      ...(outcome.pfaArea ? [row(ExportText.outcomePfaArea, [t(PFA_AREA_KEY[outcome.pfaArea])])] : []),
      { label: t(ExportText.outcomeConfirmed), values: [agreedByText(draft, outcome.confirmed === true, t)] },
    ],
  };
}

/** Who agreed a wording: "Yes" in the young person's own draft, the parent, carer or supporter in theirs. */
function agreedBy(draft: Draft): string {
  const who = draft.youngPerson.who;
  return (who === 'parent_carer' || who === 'supporter') && draft.youngPerson.name ? AGREED_BY_KEY[who] : ExportText.yes;
}

function agreedByText(draft: Draft, confirmed: boolean, t: Translate): string {
  const person = draft.youngPerson;
  const name = plainText(person.name ?? '');
  if (!confirmed) return t(ExportText.notYet);
  // "Agreed by Jayden's foster carer", in the words the export uses for the relationship.
  if (name && person.relationship && speaksForThem(person)) {
    return t(ExportText.agreedByRelationship, { name, relationship: t(relationshipKey(person.relationship)).toLowerCase() });
  }
  return t(agreedBy(draft), { name });
}
