/**
 * How much one message may bring in, on every channel, before anything of it is stored. A young
 * person's answer is a few sentences; Teams itself stops at about 28 KB. Over a cap the request
 * is answered 413 with a message that says which part was too big (never its value).
 */
export const ACTIVITY_CAPS = {
  /** Characters of typed text. */
  textChars: 4000,
  /** Bytes of a card's or event's `value` as JSON. */
  valueBytes: 4 * 1024,
  /** Bytes of `channelData` as JSON (Teams adds its tenant, team and notification settings). */
  channelDataBytes: 8 * 1024,
  attachments: 5,
  /** Bytes of every attachment together as JSON. */
  attachmentBytes: 16 * 1024,
  entities: 20,
  /** Bytes of the whole activity as JSON. */
  activityBytes: 32 * 1024,
} as const;

/** Messages the person may send in one conversation; afterwards the bot asks them to start a new one. */
export const MESSAGES_PER_CONVERSATION = 1000;
/** Activities one web chat transcript may hold (the person's and the bot's together). */
export const TRANSCRIPT_ACTIVITIES = 4000;

const jsonBytes = (value: unknown): number => {
  if (value === undefined) return 0;
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

/** Which cap the activity passes over (a sentence naming the field), or undefined when it fits. */
export function activityOverCap(activity: Record<string, unknown>): string | undefined {
  const { text, value, channelData, attachments, entities } = activity;
  if (typeof text === 'string' && text.length > ACTIVITY_CAPS.textChars) {
    return `activity.text: at most ${ACTIVITY_CAPS.textChars} characters`;
  }
  if (jsonBytes(value) > ACTIVITY_CAPS.valueBytes) return `activity.value: at most ${ACTIVITY_CAPS.valueBytes} bytes`;
  if (jsonBytes(channelData) > ACTIVITY_CAPS.channelDataBytes) return `activity.channelData: at most ${ACTIVITY_CAPS.channelDataBytes} bytes`;
  if (Array.isArray(attachments)) {
    if (attachments.length > ACTIVITY_CAPS.attachments) return `activity.attachments: at most ${ACTIVITY_CAPS.attachments}`;
    if (jsonBytes(attachments) > ACTIVITY_CAPS.attachmentBytes) return `activity.attachments: at most ${ACTIVITY_CAPS.attachmentBytes} bytes`;
  }
  if (Array.isArray(entities) && entities.length > ACTIVITY_CAPS.entities) return `activity.entities: at most ${ACTIVITY_CAPS.entities}`;
  if (jsonBytes(activity) > ACTIVITY_CAPS.activityBytes) return `activity: at most ${ACTIVITY_CAPS.activityBytes} bytes`;
  return undefined;
}
