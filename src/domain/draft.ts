import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ReadingMode } from './readingMode';
import { DRAFT_STATUSES, EDUCATION_PLACES, PFA_AREAS, PLAN_PARTS, PRONOUNS, SEN_AREAS, RELATIONSHIPS, THEMES, WHO_ANSWERS, type WhoAnswers } from './vocabulary';

export { ReadingMode } from './readingMode';
export * from './vocabulary';

export const DRAFT_SCHEMA_ID = 'outcomes-draft/1';

const id = z.string().min(1);
const isoTime = z.iso.datetime({ offset: true });
/** Words the person typed; never empty, so "I'm not sure" is stored by storing nothing. */
const ownWords = z.string().trim().regex(/\S/);

export const themeSchema = z.enum(THEMES);
export const readingModeSchema = z.enum([ReadingMode.standard, ReadingMode.easyRead]);

export const youngPersonSchema = z.object({
  name: ownWords.optional(),
  who: z.enum(WHO_ANSWERS),
  age: z.number().int().min(0).max(25).optional(),
  /** England National Curriculum year, Reception = 0, nursery = -1; Year 14 covers the rare extra sixth-form year. */
  // Past Year 13 ("year 15", up to 20 for a 25-year-old) is a year of post-16 education, with no key stage of its own.
  schoolYear: z.number().int().min(-1).max(20).optional().describe('England National Curriculum year, Reception = 0, nursery or pre-school = -1; past 13, a year of post-16 education'),
  /** The school year was worked out from the age, not said: the key worker checks it. */
  schoolYearEstimated: z.boolean().optional(),
  /** Where they are in education, when it was said; the questions fit it (no "at school" for someone who left). */
  education: z.enum(EDUCATION_PLACES).optional().describe('Where the young person is in education, as said in the chat: nursery, school, sixth form, college or not at school'),
  /** The pronoun a parent, carer or supporter used for the young person. */
  pronoun: z.enum(PRONOUNS).optional(),
  /** Who helped the young person chat, when they said ("my support worker Jo is helping me"): for "who contributed". */
  chatHelper: z
    .object({ role: z.string().trim().min(1).max(40), name: z.string().trim().min(1).max(60).optional() })
    .optional()
    .describe('Who helped the young person in the chat, when said: their role (support worker, mum) and name'),
  /** How the parent, carer or supporter chatting knows the young person, when they said it. */
  relationship: z.enum(RELATIONSHIPS).optional().describe('How the parent, carer or supporter chatting knows the young person (foster carer, grandparent...)'),
  /** Given by the key worker on the review site (or by the person): for the plan's header. */
  dateOfBirth: z.iso.date().optional().describe('Date of birth, when given'),
  /** The school, college or early years setting, for the plan's header. */
  setting: z.string().trim().min(1).max(200).optional().describe('School, college or early years setting'),
  readingMode: readingModeSchema,
  consent: z.object({ given: z.boolean(), at: isoTime.optional() }),
});

export const aboutMeSchema = z.object({
  strengths: z.array(ownWords),
  important: z.array(ownWords),
  support: z.array(ownWords),
});

export const aspirationSchema = z.object({
  id,
  text: ownWords,
  /** null while no theme is known (an open dream the analysis could not place). */
  theme: themeSchema.nullable().describe('null while no theme is known'),
  /** 1 for the hope the young person said matters most; it is also put first. Absent when none was said. */
  priority: z.number().int().min(1).optional().describe('1 = the hope the young person said matters most (listed first)'),
  /** The words this hope had before later words replaced them, oldest first: kept so they can be brought back. */
  earlierWords: z.array(ownWords).optional().describe('Words this hope had before it was replaced, oldest first'),
});

export const needSchema = z.object({
  id,
  text: ownWords,
  aspirationIds: z.array(id),
  /** What already helps with this need, in the person's words. */
  helps: z.array(ownWords).optional(),
  /** The analysis suggests B, C or D; the key worker confirms. */
  suggestedSection: z.enum(PLAN_PARTS).optional().describe('EHC section B, C or D suggested by the analysis; the key worker confirms'),
  /** The area of Section B the person put it under ("put it under learning"); when absent, read from the words. */
  area: z.enum(SEN_AREAS).optional().describe('Area of special educational need in Section B the person chose; when absent, read from the words'),
});

export const timeframeSchema = z.object({
  /** The person's own words ("by next summer"). */
  phrase: ownWords.describe("The person's own words, e.g. 'by next summer'"),
  /** The resolved end date. */
  date: z.iso.date().describe('The resolved end date'),
});

export const provisionSchema = z.object({
  id,
  text: ownWords,
  /** Who gives it: EHC section F (education), G (health) or H (social care); the key worker confirms. */
  by: z.enum(PLAN_PARTS),
  /** How often ("twice a week"): in the person's words when they said, or agreed with the key worker. */
  howOften: ownWords.optional().describe("How often, e.g. twice a week: in the person's words, or agreed with the key worker"),
  /** Who provides it, e.g. "the speech and language therapist". */
  who: z.string().trim().min(1).max(200).optional().describe('Who provides it'),
});

/** A short step (a target, about a term) kept under the outcome it leads to; targets are not outcomes. */
export const outcomeStepSchema = z.object({ text: ownWords, timeframe: timeframeSchema.nullable() });

export const outcomeSchema = z.object({
  id,
  statement: ownWords,
  /** null when the aspiration it came from was removed; the golden-thread check reports it. */
  aspirationId: id.nullable().describe('The aspiration this outcome serves (the golden thread); null if it was removed'),
  needIds: z.array(id),
  theme: themeSchema.nullable(),
  timeframe: timeframeSchema.nullable(),
  /** Answers to "What would it do for you?" and "What would it make possible?"; null until answered. */
  doesForMe: ownWords.nullable().describe('What would it do for you? null until answered'),
  makesPossible: ownWords.nullable().describe('What would it make possible for you? null until answered'),
  /** "What would it provide?": support is kept here, never as an outcome. */
  provision: z.array(provisionSchema),
  /** How everyone will know it has been achieved, in the person's words; never part of the statement. */
  measure: ownWords.optional(),
  /** The measure as typed, when the person agreed a tidied read-back of it ("cant" read back as "can't"). */
  measureInTheirWords: ownWords.optional(),
  /** Preparing for Adulthood area, from Year 9 (age 14). */
  pfaArea: z.enum(PFA_AREAS).optional().describe('Preparing for Adulthood area, from Year 9 (age 14)'),
  /** The whole answer, when the statement was taken from a longer one (kept so nothing is lost). */
  inTheirWords: ownWords.optional(),
  /** Short steps on the way (targets the person gave), kept so nothing they said is lost. */
  steps: z.array(outcomeStepSchema).optional(),
  /** The person agreed this wording. */
  confirmed: z.boolean(),
});

export const safeguardingFlagSchema = z.object({
  kind: z.literal('safeguarding'),
  category: z.string().min(1),
  at: isoTime,
  /** The step id of the question the disclosure interrupted. */
  step: z.string().min(1).describe('The step id of the question the disclosure interrupted'),
  /** When the young person said the answer that raised it was misread ("that was about the last question"); the flag stays. */
  takenBackAt: isoTime.optional().describe('When the young person took back the answer that raised it; the flag is kept'),
});

export const commentSchema = z.object({
  id,
  /** The draft item the comment is about; absent for the whole draft. */
  itemId: id.optional(),
  text: ownWords,
  by: z.string().min(1),
  at: isoTime,
  resolved: z.boolean(),
  /** When the young person was first shown the comment in the chat; absent until then. */
  seenAt: isoTime.optional().describe('When the young person was first shown the comment in the chat'),
  /** When the young person reworded the item after the comment; it is resolved when they send the draft back. */
  changedAt: isoTime.optional().describe('When the young person reworded the item after this comment'),
  /** A wording the key worker proposes for the item; the young person accepts, changes or refuses it. */
  proposal: z
    .object({
      text: ownWords,
      /** For provision: how often, and who provides it. */
      howOften: z.string().trim().min(1).max(200).optional(),
      who: z.string().trim().min(1).max(200).optional(),
      /** Absent while the young person has not answered. */
      answer: z.enum(['accepted', 'changed', 'refused']).optional(),
      answeredAt: isoTime.optional(),
    })
    .optional()
    .describe('A rewording proposed by the key worker, and the young person\'s answer'),
});

export const draftSchema = z.object({
  schema: z.literal(DRAFT_SCHEMA_ID),
  id,
  status: z.enum(DRAFT_STATUSES),
  createdAt: isoTime,
  updatedAt: isoTime,
  youngPerson: youngPersonSchema,
  aboutMe: aboutMeSchema,
  aspirations: z.array(aspirationSchema),
  needs: z.array(needSchema),
  outcomes: z.array(outcomeSchema),
  flags: z.array(safeguardingFlagSchema),
  comments: z.array(commentSchema),
  keyWorker: z
    .object({
      invitationCode: z.string().min(1).optional(),
      shared: z.boolean(),
      /** When the young person last sent the draft back after the key worker asked for changes. */
      resubmittedAt: isoTime.optional(),
      /** The date the key worker means to act by (e.g. the annual review), set on the review site. */
      actBy: z.iso.date().optional(),
    })
    .optional(),
  /** Messages the young person left for their key worker at the review ("tell my key worker i want to start in september"). */
  notesForKeyWorker: z
    .array(z.object({ id, text: ownWords, at: isoTime }))
    .optional()
    .describe('Messages the young person left for their key worker, in their own words'),
  /** Who wrote each item's current words, when it is not the young person (a key worker's accepted proposal). */
  authors: z.record(z.string(), z.object({ by: z.string().min(1), role: z.enum(['young_person', 'key_worker']), at: isoTime })).optional(),
}).meta({
  title: 'Outcomes draft (outcomes-draft/1)',
  description: "A young person's hopes, needs and outcomes for their EHC plan, in their own words, for their key worker to review.",
});

export type Draft = z.infer<typeof draftSchema>;
export type YoungPerson = Draft['youngPerson'];
export type AboutMe = Draft['aboutMe'];
export type Aspiration = z.infer<typeof aspirationSchema>;
export type Need = z.infer<typeof needSchema>;
export type Timeframe = z.infer<typeof timeframeSchema>;
export type Provision = z.infer<typeof provisionSchema>;
export type OutcomeStep = z.infer<typeof outcomeStepSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type SafeguardingFlag = z.infer<typeof safeguardingFlagSchema>;
export type DraftComment = z.infer<typeof commentSchema>;

export interface CreateDraftOptions {
  id?: string;
  now?: Date;
  who?: WhoAnswers;
  readingMode?: ReadingMode;
}

/** An empty draft: nothing is assumed about the person except who is answering (default: themselves). */
export function createDraft(options: CreateDraftOptions = {}): Draft {
  const at = (options.now ?? new Date()).toISOString();
  return {
    schema: DRAFT_SCHEMA_ID,
    id: options.id ?? randomUUID(),
    status: 'in_progress',
    createdAt: at,
    updatedAt: at,
    youngPerson: {
      who: options.who ?? 'self',
      readingMode: options.readingMode ?? ReadingMode.standard,
      consent: { given: false },
    },
    aboutMe: { strengths: [], important: [], support: [] },
    aspirations: [],
    needs: [],
    outcomes: [],
    flags: [],
    comments: [],
  };
}

export * from './operations';
export * from './priority';
export * from './keyWorkerNotes';
export * from './removeItems';
export * from './splitItem';
