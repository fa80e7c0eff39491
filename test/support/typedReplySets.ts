import { readFileSync } from 'node:fs';
import { replyMeaning } from '../../src/language/replyMeaning';

/** One typed reply with what its writer meant, as in the typed-reply sets (JSON lines). */
export interface TypedReply {
  step: string;
  text: string;
  meaning: Record<string, unknown>;
}

export function loadTypedReplies(file: string): TypedReply[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TypedReply);
}

const words = (value: unknown) =>
  String(value ?? '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether what the readers understood is what the writer meant (content compared word for word). */
export function understoodAsMeant(step: string, expected: Record<string, unknown>, got: Record<string, unknown> | undefined): boolean {
  if (!got) return false;
  if (step === 'any') return expected.command === got.command;
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'asked') continue;
    if (key === 'content') {
      if (words(value) !== words(got.content)) return false;
      continue;
    }
    if (value !== (got[key] ?? null)) return false;
  }
  // Content the writer did not mean is a miss too ("yes please" is not a new hope called "please").
  if (!('content' in expected) && got.content) return false;
  return true;
}

/** The replies at one step that the readers did not understand as meant, with what they understood. */
export function missesAt(set: readonly TypedReply[], step: string) {
  return set
    .filter((l) => l.step === step)
    .map((line) => ({ line, got: replyMeaning(step, line.text) }))
    .filter(({ line, got }) => !understoodAsMeant(step, line.meaning, got));
}
