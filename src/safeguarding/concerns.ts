import { z } from 'zod';
import { WHO_ANSWERS } from '../domain/vocabulary';

/*
 * A safeguarding concern as the service's safeguarding leads see it: a child protection record,
 * kept apart from the draft (docs/SAFEGUARDING.md). No botbuilder here.
 */

/** What a lead can record having done; the history of these is append-only. */
export const LEAD_ACTIONS = ['seen', 'spoke', 'referred', 'no_further_action', 'closed'] as const;
export type LeadActionKind = (typeof LEAD_ACTIONS)[number];

export const LEAD_ACTION_LABEL: Record<LeadActionKind, string> = {
  seen: 'Seen',
  spoke: 'Spoke to the young person',
  referred: 'Referred',
  no_further_action: 'No further action',
  closed: 'Closed',
};

/** Whatever is known of the person when the concern was raised, and what they added after. */
export const concernPersonSchema = z.object({
  who: z.enum(WHO_ANSWERS).optional(),
  name: z.string().max(200).optional(),
  age: z.number().int().min(0).max(120).optional(),
  schoolYear: z.number().int().min(-1).max(20).optional(),
  readingMode: z.string().max(20).optional(),
  teams: z.object({ aadObjectId: z.string().max(100), tenantId: z.string().max(100), displayName: z.string().max(200).optional() }).optional(),
  invitationCode: z.string().max(50).optional(),
  keyWorker: z.object({ id: z.string(), name: z.string(), email: z.string() }).optional(),
  /** What the young person typed when offered to add their name and school or college. */
  contact: z.string().max(500).optional(),
  /** What they typed after the concern was raised, at the safety check or told again later in the chat: their words, one message a line. */
  saidAfter: z.string().max(5000).optional(),
});
export type ConcernPerson = z.infer<typeof concernPersonSchema>;

/** What the bot knows when a possible disclosure is made. */
export const raisedConcernSchema = z.object({
  draftId: z.string().min(1),
  category: z.string().min(1).max(50),
  /** The step id of the question it interrupted. */
  step: z.string().min(1).max(50),
  /** That question's words (standard register), when there was one. */
  question: z.string().max(2000).optional(),
  message: z.string().max(10_000),
  previousMessage: z.string().max(10_000).optional(),
  channelId: z.string().min(1).max(50),
  person: concernPersonSchema,
});
export type RaisedConcern = z.infer<typeof raisedConcernSchema>;

export interface LeadAction {
  id: string;
  action: LeadActionKind;
  note?: string;
  byId: string;
  byName: string;
  at: string;
}

export interface Concern extends RaisedConcern {
  id: string;
  raisedAt: string;
  keepUntil: string;
  actions: LeadAction[];
}

/** A line of the leads' queue (only leads ever see it). */
export interface ConcernSummary {
  id: string;
  draftId: string;
  raisedAt: string;
  category: string;
  step: string;
  question?: string;
  message: string;
  previousMessage?: string;
  person: ConcernPerson;
  latest?: LeadAction;
}

/** A concern is open until a lead records "closed". */
export const isClosed = (concern: { latest?: LeadAction; actions?: LeadAction[] }): boolean =>
  (concern.latest ?? concern.actions?.at(-1))?.action === 'closed';

/** The categories of DESIGN.md, in the words a lead reads. */
const CATEGORY_LABEL: Record<string, string> = {
  self_harm_or_suicide: 'Self-harm or suicide',
  harm_from_others: 'Harm from others',
  sexual_abuse: 'Sexual abuse',
  neglect: 'Neglect',
  bullying: 'Bullying',
  exploitation: 'Exploitation',
  domestic_abuse: 'Domestic abuse',
  other: 'Other (for example running away, forced marriage, substance misuse)',
};

export const categoryLabel = (category: string): string => CATEGORY_LABEL[category] ?? 'Not sure what kind';

/** How far apart a concern and the draft's flag raised with it may be recorded (the same turn writes both). */
const SAME_TURN_MS = 10 * 60 * 1000;

/**
 * When the young person took back the answer that raised this concern ("i didnt mean that"), read
 * from the draft's flag raised with it (same question, same kind, the same turn); undefined when
 * it was not taken back. The concern itself stays open for the lead to look at.
 */
export function takenBackAt(
  concern: { step: string; category: string; raisedAt: string },
  flags: ReadonlyArray<{ step: string; category: string; at: string; takenBackAt?: string }>,
): string | undefined {
  const raised = Date.parse(concern.raisedAt);
  const distance = (flag: { at: string }) => Math.abs(Date.parse(flag.at) - raised);
  const flag = flags
    .filter((f) => f.step === concern.step && f.category === concern.category && distance(f) <= SAME_TURN_MS)
    .sort((a, b) => distance(a) - distance(b))[0];
  return flag?.takenBackAt;
}
