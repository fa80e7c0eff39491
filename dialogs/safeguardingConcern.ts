import type { TurnContext } from 'botbuilder';
import type { Draft } from '../src/domain/draft';
import { errorSummary } from '../src/log';
import type { JourneySession } from './session';

/** What is known of a possible disclosure when it is made. */
export interface ConcernFacts {
  category: string;
  /** The step id of the question it interrupted. */
  step: string;
  message?: string;
  previous?: string;
  /** The words of that question (standard register). */
  question?: string;
}

/**
 * Records a concern for the service's safeguarding leads, with whatever is known of the person.
 * A failure is logged and never keeps the support words from the person.
 */
export async function raiseConcern(
  context: TurnContext,
  session: JourneySession,
  draft: Draft,
  facts: ConcernFacts,
): Promise<{ id: string; contactKnown: boolean } | undefined> {
  const service = session.services.safeguarding;
  if (!service) return undefined;
  const teams = session.speaker.teamsUser;
  const person = draft.youngPerson;
  try {
    return await service.raise({
      draftId: draft.id,
      category: facts.category,
      step: facts.step,
      ...(facts.question ? { question: facts.question } : {}),
      message: facts.message ?? '',
      ...(facts.previous ? { previousMessage: facts.previous } : {}),
      channelId: context.activity.channelId || 'unknown',
      person: {
        who: person.who,
        ...(person.name ? { name: person.name } : {}),
        ...(person.age !== undefined ? { age: person.age } : {}),
        ...(person.schoolYear !== undefined ? { schoolYear: person.schoolYear } : {}),
        readingMode: session.mode,
        ...(teams ? { teams: { ...teams, ...(context.activity.from?.name ? { displayName: context.activity.from.name } : {}) } } : {}),
        ...(draft.keyWorker?.invitationCode ? { invitationCode: draft.keyWorker.invitationCode } : {}),
      },
    });
  } catch (error) {
    session.services.log?.error({ err: errorSummary(error) }, 'could not record a safeguarding concern');
    return undefined;
  }
}

/**
 * After every turn: a flag added to the draft by any question (not only the disclosure check)
 * still reaches the leads, so that every flag does, as the design promises.
 */
export async function reportNewFlags(context: TurnContext, session: JourneySession): Promise<void> {
  const flags = session.takeNewFlags();
  if (flags.length === 0) return;
  const draft = await session.draft();
  if (!draft) return;
  for (const flag of flags) {
    await raiseConcern(context, session, draft, { category: flag.category, step: flag.step, message: context.activity.text ?? '' });
  }
}
