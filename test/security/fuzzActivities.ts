/**
 * Generators of hostile and odd activities for the fuzz test. Deterministic: the same seed gives
 * the same activities, so a failure names the case that reproduces it.
 */

export type Random = () => number;

/** mulberry32: small, fast, seeded; good enough to spread cases, not for secrets. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;

const WORDS = [
  'help', 'back', 'skip', "I'm not sure", 'stop', 'I have a code', 'start again', 'easy read', 'standard words',
  'show my draft', 'delete my data', 'yes', 'no', 'talk to a person', 'Year 10', '15', "he's 4", 'Me, about myself',
  'I want to be a vet', 'by next summer', 'my dad hits me', 'I want to die', 'SALT and OT', 'ABCD-EFGH',
];

const ODD_PIECES = [
  'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\u200B\u200C\u200D\uFEFF', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🧑🏿‍🦽', 'e\u0301\u0301\u0301',
  '\uD800', '\uDFFF', 'x\uD83Dy', '\u0000', '\u0007', '\r\n\r\n', '\t', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))', '{{name}}', '$t(common:botName)', '%s%n', '${process.exit()}', "'; DROP TABLE drafts; --",
  '../../etc/passwd', '__proto__', 'constructor', 'Z̷̢̛͉a̸l̶g̵o̷', '𝕳𝖊𝖑𝖑𝖔', 'ﷺ', '\u00A0', 'Ⅻ', '١٢٣',
];

export function oddText(random: Random): string {
  const roll = random();
  if (roll < 0.01) return pick(random, ['a', '🙂', 'ب', '\u200B']).repeat(100_000 / 2);
  if (roll < 0.02) return Array.from({ length: 2000 }, () => pick(random, [...WORDS, ...ODD_PIECES])).join(' ').slice(0, 100_000);
  if (roll < 0.3) return pick(random, WORDS);
  const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(random, chance(random, 0.5) ? WORDS : ODD_PIECES));
  return parts.join(pick(random, [' ', '', '\n', '\u200B']));
}

function oddValue(random: Random, depth = 0): unknown {
  const roll = random();
  if (depth > 3 || roll < 0.15) return pick(random, [null, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, true, '', 'x']);
  if (roll < 0.35) return oddText(random);
  if (roll < 0.5) return Array.from({ length: Math.floor(random() * 4) }, () => oddValue(random, depth + 1));
  if (roll < 0.6) return { choice: pick(random, ['easy_read', 'standard', 'yes', 'no', 'safe', 'carryOn', 42]) };
  if (roll < 0.7) return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < 1 + Math.floor(random() * 4); i += 1) out[pick(random, ['action', 'type', 'data', 'text', 'value', 'id', '$schema', '__proto__'])] = oddValue(random, depth + 1);
  return out;
}

const TYPES = ['message', 'message', 'message', 'message', 'conversationUpdate', 'event', 'invoke', 'typing', 'endOfConversation', 'messageReaction', 'installationUpdate', 'trace', 'handoff', '', 'MESSAGE', 'mëssage'];

function field(random: Random, good: () => unknown): unknown {
  const roll = random();
  if (roll < 0.9) return good();
  if (roll < 0.93) return undefined;
  if (roll < 0.96) return null;
  return oddValue(random);
}

export interface FuzzContext {
  /** Conversation ids the case may reuse, so turns continue and meet every step. */
  conversations: readonly string[];
  /** Activity ids already sent, to repeat them. */
  seenIds: string[];
}

/** One activity in some shape: mostly plausible, often broken in one or two fields. */
export function fuzzActivity(random: Random, context: FuzzContext): unknown {
  if (chance(random, 0.03)) return oddValue(random);
  const id = chance(random, 0.2) && context.seenIds.length > 0 ? pick(random, context.seenIds) : `act-${Math.floor(random() * 1e9)}`;
  context.seenIds.push(id);
  if (context.seenIds.length > 200) context.seenIds.shift();
  const activity: Record<string, unknown> = {
    type: field(random, () => pick(random, TYPES)),
    id: field(random, () => id),
    text: chance(random, 0.1) ? pick(random, [42, { text: 'hi' }, ['hi'], true, null]) : field(random, () => oddText(random)),
    conversation: field(random, () => ({ id: chance(random, 0.9) ? pick(random, context.conversations) : oddText(random).slice(0, 300) })),
    from: field(random, () => ({ id: pick(random, ['person-1', 'person-2', '', oddText(random).slice(0, 50)]), name: oddText(random).slice(0, 80) })),
    timestamp: field(random, () => pick(random, [new Date(0).toISOString(), new Date(8.64e15).toISOString(), 'yesterday', '2031-02-30T25:61:00Z'])),
  };
  if (chance(random, 0.3)) activity.value = oddValue(random);
  if (chance(random, 0.15)) activity.channelData = oddValue(random);
  if (chance(random, 0.15)) activity.membersAdded = field(random, () => [{ id: pick(random, ['person-1', 'outcomes-bot']) }]);
  if (chance(random, 0.1)) activity.attachments = field(random, () => [{ contentType: 'application/vnd.microsoft.card.adaptive', content: oddValue(random) }]);
  if (chance(random, 0.1)) activity.entities = oddValue(random);
  if (chance(random, 0.1)) activity.name = oddText(random).slice(0, 100);
  if (chance(random, 0.1)) activity.replyToId = pick(random, context.seenIds);
  if (chance(random, 0.05)) activity.locale = pick(random, ['en-GB', 'ar', 'xx', 'en-GB-x-easyread', '']);
  if (chance(random, 0.05)) activity.suggestedActions = oddValue(random);
  return activity;
}

/** Raw bodies that are not activities at all. */
export function fuzzRawBody(random: Random): { body: string; contentType: string } {
  return pick(random, [
    { body: '{"type": "message",', contentType: 'application/json' },
    { body: '', contentType: 'application/json' },
    { body: 'null', contentType: 'application/json' },
    { body: '[]', contentType: 'application/json' },
    { body: '"text"', contentType: 'application/json' },
    { body: '{"type":"message","text":"\\ud800"}', contentType: 'application/json' },
    { body: 'type=message&text=hi', contentType: 'application/x-www-form-urlencoded' },
    { body: '<activity/>', contentType: 'text/xml' },
    { body: '\u0000\u0001\u0002', contentType: 'application/octet-stream' },
    { body: '{"__proto__":{"polluted":true},"type":"message"}', contentType: 'application/json' },
    { body: `{"type":"message","text":"${'['.repeat(5000)}"}`, contentType: 'application/json' },
    { body: `${'['.repeat(20_000)}${']'.repeat(20_000)}`, contentType: 'application/json' },
  ]);
}
