import { z } from 'zod';
import { aspirationSchema, needSchema } from '../src/domain/draft';
import { CUCKOO_SIGNS } from '../src/language/cuckooSigns';
import { partsChangeSchema } from '../src/domain/partsChange';
import { ReadingMode } from '../src/domain/readingMode';
import { Stage, Step, isSafeguardingStep, type StageId, type StepId } from './ids';

const stageIds = Object.values(Stage) as [StageId, ...StageId[]];
const stepIds = Object.values(Step) as [StepId, ...StepId[]];

/** Where the person is: the question that is open, and what the stage needs to remember about it. */
export const positionSchema = z.object({
  stage: z.enum(stageIds),
  step: z.enum(stepIds),
  topic: z.string().optional(),
  /** Stage-specific notes, e.g. which outcome is being built. */
  data: z.record(z.string(), z.string()).optional(),
});
export type Position = z.infer<typeof positionSchema>;

export const PendingConfirm = { startAgain: 'startAgain', deleteData: 'deleteData' } as const;

/** Everything about the conversation's progress that must survive stop, restart and a new device. */
export const journeySchema = z.object({
  draftId: z.string().min(1),
  mode: z.enum([ReadingMode.standard, ReadingMode.easyRead]),
  consent: z.boolean().optional(),
  position: positionSchema.optional(),
  /** Questions asked before the open one, oldest first, for "back". */
  history: z.array(positionSchema).default([]),
  /** How many times in a row the open question has been asked again after "I'm not sure". */
  notSureCount: z.number().int().min(0).default(0),
  pendingConfirm: z.enum([PendingConfirm.startAgain, PendingConfirm.deleteData]).optional(),
  /** A part of the plan read back to be taken out (or reworded to `text`; with `when`, an outcome's date changed to `text`; with `joinInto`, a hope joined into that one) after a yes; `askedAgain` once asked again after a reply that was neither. */
  pendingEdit: z.object({ itemId: z.string(), text: z.string().max(2_000).optional(), when: z.string().max(2).optional(), alsoIds: z.array(z.string()).max(20).optional(), choose: z.enum(['wrong', 'words']).optional(), parts: z.enum(['ask', 'outcomesToo']).optional(), joinInto: z.string().optional(), askedAgain: z.boolean().optional(), nothingMore: z.boolean().optional() }).optional(),
  /** The hope just put right in the chat, and the question open then: "just write: ..." said next at that question is about it. */
  hopeJustChanged: z.object({ id: z.string(), at: z.string().max(200) }).optional(),
  /** The question a possible disclosure interrupted; asked again when the person carries on. */
  interrupted: positionSchema.optional(),
  finished: z.boolean().default(false),
  /** Draft items each answered question added, by question, so answering it again after "back" replaces them. */
  answered: z.record(z.string(), z.array(z.string())).default({}),
  /** The open question was reached with "back": its earlier answer is replaced by the next one. */
  revisiting: z.boolean().default(false),
  /** Wrong resume codes typed in a row in this journey, and until when further tries wait. */
  resumeAttempts: z.number().int().min(0).default(0),
  resumeLockedUntil: z.string().optional(),
  /** Hash of the latest resume code, so deleting the data can delete the code too. */
  resumeKey: z.string().optional(),
  /** Conversations this journey was carried on in, so "start again" and "delete my data" clear every transcript. */
  conversations: z.array(z.string()).default([]),
  /**
   * The person's latest message, overwritten by each new one: only so that a safeguarding concern
   * can show its lead the message before the one that raised it. Deleted with the journey.
   */
  lastMessage: z.string().max(10_000).optional(),
  /** When that message was sent (milliseconds, from the channel's timestamp): a copy within seconds is the phone sending it twice. */
  lastMessageAt: z.number().int().nonnegative().optional(),
  /** The question that message was said at: only an answer that moved the chat on can come again as the phone's copy. */
  lastMessageAsked: z.string().max(2_000).optional(),
  /** The person's latest message said they were stepping away ("brb", "one sec"): a "back" next is their return, not the back command. */
  away: z.boolean().optional(),
  /** The open question as last worded (step, topic, words), and how many times in a row it was asked so. */
  askedAs: z.string().optional(),
  asks: z.number().int().min(0).default(0),
  /** Messages left before another gentle "are you OK?" may be asked, after the person said they are OK. */
  quietChecks: z.number().int().min(0).default(0),
  /** How many soft signs of exploitation this chat has told (a gift from someone outside the family, waiting for someone late): a count only, never the words. */
  softExploitationSigns: z.number().int().min(0).max(100).optional(),
  /** The chat was told of someone met online (a game, an app): a yes only, never the words, so "he wants to meet me" is read as about them. */
  onlineContactTold: z.boolean().optional(),
  /** Names the person said belong to their own partner ("my boyfriend jay"), so a later "jay checks my phone" is heard as the partner. Deleted with the journey. */
  partnerNames: z.array(z.string().max(21)).max(5).optional(),
  /** They said they have a partner of their own ("my bf", "my girlfriend"): a later "he hits me" with nobody else named is read as the partner. A yes only, never the words. */
  partnerSaid: z.literal(true).optional(),
  /** How many signs of control by their partner this chat has told (phone checked, money kept, friends kept away): a count only, never the words. */
  partnerControlSigns: z.number().int().min(0).max(100).optional(),
  /** Signs of control told of someone named before anyone said who they are ("liam has my location"), counted once that name is heard to be the partner: names and counts only, never the words. Deleted with the journey. */
  namedControlSigns: z.array(z.object({ name: z.string().max(21), signs: z.number().int().min(0).max(100) })).max(5).optional(),
  /** Which kinds of sign of cuckooing this chat has told (someone staying, the bed lost, food eaten...): kinds only, never the words. */
  cuckooSigns: z.array(z.enum(CUCKOO_SIGNS)).max(5).optional(),
  /** Kinds of worry ("self_harm_or_suicide") the person answered "I'm OK" to: the same kind, unless sure, is not asked about again. */
  okayAbout: z.array(z.string().max(40)).max(10).optional(),
  /** Kinds of worry this chat asked "Are you OK?" about: while quiet after "I'm OK", only these are not asked again (a new kind is). Kinds only, never the words. */
  checkedAbout: z.array(z.string().max(40)).max(10).optional(),
  /** Each flagged worry's kind, the things it named ("picture", "chat") and who by role ("brother"; never a name nor the message), so a later mention is that worry. */
  flaggedMatters: z.array(z.object({ category: z.string().max(40), words: z.array(z.string().max(20)).max(10), people: z.array(z.string().max(20)).max(10).optional(), names: z.array(z.string().max(21)).max(10).optional(), topic: z.string().max(200).optional() })).max(10).optional(),
  /** They said a note was a mix-up without saying which of several: the next message may name it ("the cooking one"). */
  noteWhich: z.literal(true).optional(),
  /** They were just told that what they told is not in the plan: "so is it in there or not" next is asked again. */
  toldInPlanAnswered: z.literal(true).optional(),
  /** Kinds of flagged worry the short "you told me about this before" was said for: said once, never again. */
  remindedAbout: z.array(z.string().max(40)).max(10).optional(),
  /** They said they cannot phone or do not talk ("i cant phone ppl tho. i dont talk"): help is led by text and online ways for the rest of the chat. A yes only, never the words. */
  noVoice: z.literal(true).optional(),
  /** They asked that the help lines not be said again ("i know the numbers"): later answers say the help is still there instead. */
  numbersDeclined: z.boolean().optional(),
  /** They asked that "are you OK?" stop ("stop asking if im ok"): from then on only a new, clear worry is asked about. */
  checksStopped: z.boolean().optional(),
  /** Places ("school", "online") a need about feeling safe was offered for after a disclosure: never offered twice. */
  safeNeedsOffered: z.array(z.string()).default([]),
  /** A hard thing said beside a worry at "do you feel safe?" ("i get really anxious on the bus"): offered once at the needs questions. */
  hardToOffer: z.array(z.string().max(300)).max(5).optional(),
  /**
   * The message that raised a worry, when it also answered the question it interrupted: offered back
   * once that question is asked again, so nobody types it twice. Cleared at the next message.
   */
  offerBack: z.object({ step: z.enum(stepIds), topic: z.string().optional(), text: z.string().max(10_000), suggested: z.boolean().optional() }).optional(),
  /**
   * A second thing to do, said with its own time beside the step being built: offered as the next outcome once this one is done.
   * `when`: the time said for both ("both by next summer"), so the second is not asked it again.
   */
  nextStep: z.object({ topic: z.string().optional(), text: z.string().max(300), when: z.string().max(200).optional() }).optional(),
  /**
   * "bus then sleep then done" at "which hope shall we work on?": the hopes still to come after the one being worked on,
   * in the order said; `thenDone` when the outcomes end after the last of them.
   */
  hopesQueued: z.object({ ids: z.array(z.string().max(200)).max(20), thenDone: z.boolean() }).optional(),
  /** "the gcse one then im done": the outcome being built is their last; once saved, the outcomes end with no "another?". */
  lastOutcome: z.boolean().optional(),
  /**
   * Examples or choices the bot offered with the open question ("like \"...\"", "X, or Y?"), so a bare
   * "yes" takes the one example offered, or asks which one. Replaced after every turn.
   */
  /** Who they said helps them chat ("my mum is helping", "my support worker Dave"): said instead of "key worker". */
  helper: z.object({ role: z.string().max(40), name: z.string().max(60).optional(), family: z.boolean() }).optional(),
  /**
   * The hopes just shown as a numbered list at the hopes, needs or outcome questions, and what the list asked
   * ("which one should I take out?"): a number typed next is that hope, never a button. Cleared at the next message.
   */
  hopesListed: z.object({ asked: z.enum(['list', 'whichOut', 'whichChange']), ids: z.array(z.string().max(200)).max(100) }).optional(),
  /** The parts last shown as a numbered list at the review, in their numbered order: "number 3" is the third of these. */
  listShown: z.array(z.string().max(200)).max(100).optional(),
  /**
   * The second of two changes asked in one message at the review ("add a hope: ... And change 8 to ..."),
   * done once the first is finished; `listed` is the plan's parts as numbered when it was typed.
   */
  laterRequest: z.object({ text: z.string().max(10_000), listed: z.array(z.string().max(200)).max(200) }).optional(),
  offered: z.object({ step: z.enum(stepIds), topic: z.string().optional(), options: z.array(z.string().max(300)).max(8), either: z.boolean() }).optional(),
  /**
   * An answer just replaced after "no wait, ...": the hopes and needs as they were, the question open
   * then, and the question the replacement led to, so "you changed the wrong thing" next puts them back.
   */
  replaced: z.object({ needs: z.array(needSchema), aspirations: z.array(aspirationSchema), before: positionSchema, after: positionSchema }).optional(),
  /** The bot has just said how to stop and come back (at the review), so the next question need not say it again. */
  comeBackTold: z.literal(true).optional(),
  /**
   * The last change made to the plan at the review, by any reader: only the items it touched, as they
   * were and where they stood, and the one part it reworded (when it was one), so "undo" or "you saved
   * me asking" puts back that change and nothing else. `undone` once it was put back. Flags are never kept here.
   */
  lastReviewChange: partsChangeSchema.extend({ itemId: z.string().max(200).optional(), undone: z.literal(true).optional() }).optional(),
});
export type Journey = z.infer<typeof journeySchema>;

export function newJourney(draftId: string): Journey {
  return { draftId, mode: ReadingMode.standard, history: [], notSureCount: 0, finished: false, resumeAttempts: 0, answered: {}, revisiting: false, conversations: [], asks: 0, quietChecks: 0, safeNeedsOffered: [] };
}

const HISTORY_LIMIT = 60;

/** Records a newly asked question; asking the open one again does not grow the history. */
export function movedTo(journey: Journey, position: Position): Journey {
  const current = journey.position;
  const same = current && current.step === position.step && current.topic === position.topic;
  if (same) return { ...journey, position };
  const history = current ? [...journey.history, current].slice(-HISTORY_LIMIT) : journey.history;
  return { ...journey, position, history, notSureCount: 0, revisiting: false };
}

/** Counts one more asking of a question in these words: the count starts again when the words change. */
export function askedOnce(journey: Journey, wording: string): Journey {
  return journey.askedAs === wording ? { ...journey, asks: journey.asks + 1 } : { ...journey, askedAs: wording, asks: 1 };
}

/** The key under which a question's answer items are remembered. */
export function questionKey(position: Pick<Position, 'step' | 'topic'>): string {
  return `${position.step}|${position.topic ?? ''}`;
}

/** The question before the open one, with the history shortened to match. */
export function steppedBack(journey: Journey): Journey | undefined {
  const previous = journey.history.at(-1);
  if (!previous) return undefined;
  return { ...journey, position: previous, history: journey.history.slice(0, -1), notSureCount: 0, revisiting: true };
}

/** Conversations kept per journey; older ones have long been cleared by the retention job. */
const CONVERSATIONS_KEPT = 20;

/** Notes the conversation the journey is carried on in (once). */
export function inConversation(journey: Journey, conversationId: string): Journey {
  if (journey.conversations.includes(conversationId)) return journey;
  return { ...journey, conversations: [...journey.conversations, conversationId].slice(-CONVERSATIONS_KEPT) };
}

/** The question a safeguarding question interrupts: the open one, or, while one is open already, the one it interrupted. */
export function interruptedQuestion(journey: Journey): Position | undefined {
  return isSafeguardingStep(journey.position?.step) ? journey.interrupted : journey.position;
}
