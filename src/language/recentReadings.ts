/**
 * The last few readings of one reader, by what it was given. A turn reads its message in many
 * places (the open question, the talk-about-the-chat check, corrections, coaching), and several
 * of them ask the same reader the same thing: the reading is done once and shared. Readers are
 * pure, so a reading kept is the reading that would be made again. What is shared is frozen, so a
 * caller can never change what the next caller is given.
 */
export class RecentReadings<T> {
  private readonly byKey = new Map<string, T>();

  /** `size`: enough for the distinct inputs of one turn, with a few turns of others interleaved. */
  constructor(private readonly size = 16) {
    everyReadings.add(this);
  }

  /** Forgets every reading kept. */
  forget(): void {
    this.byKey.clear();
  }

  /** Whether a reading of these words is kept (for tests). */
  holds(text: string): boolean {
    return [...this.byKey.keys()].some((key) => key === text || key.startsWith(`${text}\u0000`));
  }

  read(key: string, reading: () => T): T {
    const kept = this.byKey.get(key);
    if (kept !== undefined || this.byKey.has(key)) return kept as T;
    const value = deepFreeze(reading());
    if (this.byKey.size >= this.size) this.byKey.delete(this.byKey.keys().next().value!);
    this.byKey.set(key, value);
    return value;
  }
}

/*
 * Every reader's readings, so that none outlives "delete my data" or "start again": the keys are
 * the words people typed, shared by every conversation of this process.
 */
const everyReadings = new Set<RecentReadings<unknown>>();

/** Typed words kept elsewhere for speed (a message's verdict on harm, the words a gate has read): emptied with the readings. */
export interface TypedWordsMemory {
  forget(): void;
  /** Whether the memory keeps this message, or every word of it (for tests). */
  holds(text: string): boolean;
}
const otherMemories = new Set<TypedWordsMemory>();

/** A memory of typed words that must not outlive "delete my data" or "start again" either. */
export function forgottenWithReadings(memory: TypedWordsMemory): void {
  otherMemories.add(memory);
}

/** Forgets every reading of every reader (after "delete my data" or "start again"): no one's words stay behind. */
export function forgetAllReadings(): void {
  for (const readings of everyReadings) readings.forget();
  for (const memory of otherMemories) memory.forget();
}

/** Whether any reader still keeps a reading of these words (for tests). */
export function readingsHold(text: string): boolean {
  return [...everyReadings].some((readings) => readings.holds(text)) || [...otherMemories].some((memory) => memory.holds(text));
}

/** Whether a memory of single words keeps every word of a text (for tests). */
export const keepsEveryWord = (kept: { has(word: string): boolean }, text: string): boolean => {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => kept.has(w));
};

/** A reader's input as one key: the text, and any context as JSON (equal contexts, equal keys). */
export function readingKey(text: string, context?: object): string {
  return context === undefined ? text : `${text}\u0000${JSON.stringify(context)}`;
}

/** A reading as every caller is given it: shared, so nothing in it can be changed (the compiler says where one would try). */
export type Shared<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<Shared<U>>
    : T extends object
      ? { readonly [K in keyof T]: Shared<T[K]> }
      : T;

/** What a reader may be told beside the text: plain values, so the key needs no JSON. */
type Plain = string | number | boolean | undefined | null;

/**
 * A pure reader of typed words that reads each text once, however many of a turn's readers ask:
 * the one way a reader keeps its readings with the turn's others (kept and forgotten as they are).
 * Its readings are shared and frozen, so its callers are given them read-only.
 */
export function readOnce<Rest extends Plain[], T>(reader: (text: string, ...rest: Rest) => T, size?: number): (text: string, ...rest: Rest) => Shared<T> {
  const readings = new RecentReadings<T>(size);
  return (text, ...rest) => readings.read(rest.every((part) => part === undefined) ? text : `${text}\u0000${rest.map(keyPart).join('\u0000')}`, () => reader(text, ...rest)) as Shared<T>;
}

/** A plain value as part of a key: a text never reads as a number, true or nothing. */
const keyPart = (value: Plain): string => (typeof value === 'string' ? `'${value}` : String(value));

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value as object)) deepFreeze(inner);
  return value;
}
