import type { Attachment } from 'botbuilder';
import type { Draft, Outcome } from '../src/domain/draft';
import type { Translate } from '../src/i18n';
import { ReviewText as T } from './reviewText';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

type Element = Record<string, unknown>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-07-22" as "22 July 2026": the date beside the person's own time words. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const heading = (text: string): Element => ({ type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, separator: true, spacing: 'Medium' });
const line = (text: string, extra: Element = {}): Element => ({ type: 'TextBlock', text, wrap: true, ...extra });
const fact = (title: string, value: string): Element => ({ type: 'FactSet', facts: [{ title, value }] });

function list(items: readonly string[], t: Translate): Element[] {
  return items.length > 0 ? items.map((item) => line(`• ${item}`)) : [line(t(T.cardNothing), { isSubtle: true })];
}

function aboutMe(draft: Draft, t: Translate): Element[] {
  const parts: [string, readonly string[]][] = [
    [t(T.cardStrengths), draft.aboutMe.strengths],
    [t(T.cardImportant), draft.aboutMe.important],
    [t(T.cardSupport), draft.aboutMe.support],
  ];
  const filled = parts.filter(([, items]) => items.length > 0);
  if (filled.length === 0) return [line(t(T.cardNothing), { isSubtle: true })];
  return filled.map(([title, items]) => fact(title, items.join('; ')));
}

function outcome(o: Outcome, t: Translate): Element {
  const facts: { title: string; value: string }[] = [];
  if (o.timeframe) facts.push({ title: t(T.cardWhen), value: `${o.timeframe.phrase} (${longDate(o.timeframe.date)})` });
  if (o.measure) facts.push({ title: t(T.cardMeasure), value: o.measure });
  if (o.doesForMe) facts.push({ title: t(T.cardDoesForMe), value: o.doesForMe });
  if (o.makesPossible) facts.push({ title: t(T.cardMakesPossible), value: o.makesPossible });
  if (o.provision.length > 0) facts.push({ title: t(T.cardHelp), value: o.provision.map((p) => p.text).join('; ') });
  return {
    type: 'Container',
    separator: true,
    items: [
      line(o.statement, { weight: 'Bolder' }),
      ...(o.confirmed ? [] : [line(t(T.cardNotConfirmed), { isSubtle: true })]),
      ...(facts.length > 0 ? [{ type: 'FactSet', facts }] : []),
    ],
  };
}

/** Everything the person said, in plan order, as an Adaptive Card in their reading mode. */
export function reviewCard(draft: Draft, t: Translate): Attachment {
  const name = draft.youngPerson.name ?? '';
  const forChild = draft.youngPerson.who === 'parent_carer' && name !== '';
  const body: Element[] = [
    line(t(forChild ? T.cardTitleChild : T.cardTitle, { name }), { size: 'Large', weight: 'Bolder' }),
    heading(t(T.cardAboutMe)),
    ...aboutMe(draft, t),
    heading(t(T.cardHopes)),
    ...list(draft.aspirations.map((a) => a.text), t),
    heading(t(T.cardNeeds)),
    ...list(draft.needs.map((n) => n.text), t),
    heading(t(T.cardOutcomes)),
    ...(draft.outcomes.length > 0 ? draft.outcomes.map((o) => outcome(o, t)) : [line(t(T.cardNothing), { isSubtle: true })]),
  ];
  return {
    contentType: ADAPTIVE_CARD_CONTENT_TYPE,
    content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body },
  };
}
