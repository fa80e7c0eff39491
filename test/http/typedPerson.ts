import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { expect } from 'vitest';
import { DRAFT_CONTENT_TYPE, Step, type StepId } from '../../dialogs/ids';
import { draftSchema, type Draft } from '../../src/domain/draft';
import { DirectLineClient, stepOf } from '../support/appClients';

/**
 * A person who types every answer in their own words, walking the local Direct Line from the
 * bot's first message to `review.done`. A script line that is a button's words (in either
 * register) fails the test: people type, they don't tap.
 */
export interface TypedPerson {
  /** What each question gets, in order; when a list runs out, `otherwise` answers. */
  says: Partial<Record<StepId, string[]>>;
  otherwise?: Partial<Record<StepId, string>>;
  /** Something said before answering a question (a command such as "go back"), at most once per entry. */
  interrupt?: Array<{ at: StepId; nth?: number; say: string }>;
  /** Stop at this question, then carry on with the resume code on a new device (a new conversation). */
  stopAt?: { step: StepId; stop: string; haveCode: string };
}

export interface TypedRun {
  draft: Draft;
  /** Every question asked, as step|topic. */
  steps: string[];
  /** Every bot message text, in order. */
  said: string[];
  typed: string[];
}

const normalise = (text: string) => text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every short phrase the bot says in either register: button labels are among them. The exports' words
 * ("Mum", "Foster carer" as who completed a plan) are printed on the plan, never said in the chat. */
function contentPhrases(): Set<string> {
  const root = path.join(__dirname, '../../content/en-GB');
  const out = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      const n = normalise(node);
      if (n && n.split(' ').length <= 4 && !node.includes('{{')) out.add(n);
    } else if (node && typeof node === 'object') for (const v of Object.values(node)) walk(v);
  };
  for (const register of ['standard', 'easy-read']) {
    for (const file of readdirSync(path.join(root, register)).filter((f) => f.endsWith('.json') && f !== 'export.json')) {
      walk(JSON.parse(readFileSync(path.join(root, register, file), 'utf8')));
    }
  }
  return out;
}

const PHRASES = contentPhrases();
/** Button titles seen in any run, in either register, and every line typed. */
export const SEEN_LABELS = new Set<string>();
export const TYPED_LINES: string[] = [];
export { normalise as normaliseLine };

function labelsOf(activity: Partial<Activity>): string[] {
  return (activity.suggestedActions?.actions ?? []).map((a) => normalise(String(a.title ?? a.value ?? '')));
}

/** Fails when a line is a button's words, or a short phrase the bot itself uses. */
export function expectOwnWords(line: string, buttons: readonly string[] = []): void {
  const typed = normalise(line);
  expect(buttons, `"${line}" is a button's words`).not.toContain(typed);
  expect(PHRASES.has(typed), `"${line}" is the bot's own words`).toBe(false);
}

function draftIn(activities: Partial<Activity>[]): Draft | undefined {
  const attachment = activities.flatMap((a) => a.attachments ?? []).find((x) => x.contentType === DRAFT_CONTENT_TYPE);
  return attachment ? draftSchema.parse(attachment.content) : undefined;
}

export async function walkTyped(url: string, person: TypedPerson, id: string, maxTurns = 160): Promise<TypedRun> {
  let client = await DirectLineClient.start(url, { id });
  const queues = new Map(Object.entries(person.says).map(([step, list]) => [step, [...(list ?? [])]]));
  const interrupts = [...(person.interrupt ?? [])];
  const seenCount = new Map<string, number>();
  const steps: string[] = [];
  const said: string[] = [];
  const typed: string[] = [];
  let lastWording = '';
  let inARow = 0;
  let stopped = false;
  const say = async (line: string, buttons: string[]) => {
    expectOwnWords(line, buttons);
    typed.push(line);
    TYPED_LINES.push(line);
    expect((await client.say(line)).status).toBe(200);
  };
  for (let turn = 0; turn < maxTurns; turn++) {
    const activities = await client.nextQuestion(10_000);
    said.push(...activities.map((a) => a.text ?? ''));
    const question = [...activities].reverse().find((a) => stepOf(a));
    const step = question ? (stepOf(question) as StepId) : undefined;
    expect(step, `no question after ${steps.slice(-5).join(' > ')}; last said: ${said.slice(-3).join(' / ')}`).toBeDefined();
    const topic = (question!.channelData as { outcomes?: { topic?: string } }).outcomes?.topic ?? '';
    steps.push(`${step}|${topic}`);
    const buttons = labelsOf(question!);
    for (const label of buttons) SEEN_LABELS.add(label);
    // Never the same question three times in a row in the same words.
    const wording = `${step}|${topic}|${question!.text}`;
    inARow = wording === lastWording ? inARow + 1 : 1;
    lastWording = wording;
    expect(inARow, `asked three times in a row: ${question!.text}`).toBeLessThanOrEqual(2);
    if (step === Step.reviewDone) {
      const draft = draftIn(activities);
      expect(draft).toBeDefined();
      return { draft: draft!, steps, said, typed };
    }
    const count = (seenCount.get(step!) ?? 0) + 1;
    seenCount.set(step!, count);
    const interrupt = interrupts.findIndex((i) => i.at === step && (i.nth ?? 1) === count);
    if (interrupt >= 0) {
      const line = interrupts.splice(interrupt, 1)[0]!.say;
      await say(line, buttons);
      continue;
    }
    if (person.stopAt && !stopped && person.stopAt.step === step) {
      stopped = true;
      await say(person.stopAt.stop, buttons);
      const reply = await client.nextQuestion(3000);
      const code = reply.map((a) => (a.channelData as { outcomes?: { resumeCode?: string } })?.outcomes?.resumeCode).find(Boolean);
      expect(code, 'a resume code after stop').toBeTruthy();
      // Another device: a new conversation, then "I have a code" and the code as typed on a phone.
      client = await DirectLineClient.start(url, { id: `${id}-phone` });
      await client.nextQuestion(10_000);
      await say(person.stopAt.haveCode, []);
      await client.nextQuestion(10_000);
      await say(code!.toLowerCase(), []);
      continue;
    }
    // "Which hope shall we work on next? Type the number." (no buttons, unlike "another outcome?"): a person types the first number.
    if (step === Step.outcomeAnother && buttons.length === 0) {
      await say('1', buttons);
      continue;
    }
    // "That sounds hard. Are you OK?" may follow any answer that reads as worrying: people who are fine say so.
    const gentleCheck = step === Step.safeguardingCheck && buttons.includes('not really');
    const line = queues.get(step!)?.shift() ?? person.otherwise?.[step!] ?? (gentleCheck ? 'yeah im ok thanks' : undefined);
    expect(line, `no words for ${step} (turn ${turn}); the bot said: ${question!.text}`).toBeDefined();
    await say(line!, buttons);
  }
  throw new Error(`no review.done after ${maxTurns} turns: ${steps.slice(-8).join(' > ')}`);
}
