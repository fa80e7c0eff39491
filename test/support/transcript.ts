import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { createOutcomesBot } from '../../bots/createBot';
import { KnownJourneys } from '../../dialogs/knownJourneys';
import type { SessionServices } from '../../dialogs/session';
import { ResumeCodes } from '../../src/storage/resumeCodes';
import type { OutcomesChannelData } from '../../dialogs/say';
import { draftSchema, type Draft } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import { createLogger, type Logger } from '../../src/log';
import { DraftForgetting } from '../../src/retention/forgetDraft';
import { createStores } from '../../src/storage';
import type { Stores } from '../../src/storage/types';
import type { ConcernStore } from '../../src/storage';
import { Safeguarding } from '../../src/safeguarding/service';

/**
 * The one harness every dialog test goes through: the whole bot on a TestAdapter with real SQLite
 * storage. Tests assert step ids and the stored draft, never the bot's sentences.
 */
export class Transcript {
  private sent: Partial<Activity>[] = [];
  /** The safeguarding concerns recorded, when the transcript was started with a safeguarding service. */
  concerns: ConcernStore | undefined;
  private closers: (() => Promise<void>)[] = [];

  private constructor(
    readonly stores: Stores,
    private readonly adapter: TestAdapter,
    private readonly logic: (context: TurnContext) => Promise<void>,
    private readonly dir: string,
    readonly conversationId: string,
  ) {}

  /**
   * `safeguarding`: the service's real concern store on the same database, with a safeguarding lead
   * account ('lead') or none ('noLead'); without it, the bot runs as before leads existed.
   */
  static async start(
    options: { today?: string; conversationId?: string; dataDir?: string; stores?: Stores; safeguarding?: 'lead' | 'noLead'; channelId?: string; log?: Logger } = {},
  ): Promise<Transcript> {
    const dir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'outcomes-transcript-'));
    const stores = options.stores ?? (await createStores({ dataDir: dir }));
    const log = options.log ?? createLogger({ level: 'silent' });
    const words = createWords();
    const now = () => (options.today ? new Date(`${options.today}T10:00:00Z`) : new Date());
    const resumeCodes = new ResumeCodes(stores.state, 'transcript-pepper');
    const services: SessionServices = {
      storage: stores.state,
      drafts: stores.drafts,
      writeTurn: (writes) => stores.writeTurn(writes),
      // As the bot has it: a journey this instance wrote is not checked again when read back unchanged.
      journeys: new KnownJourneys(),
      words,
      now,
      resumeCodes,
      forgetConversation: (id: string) => stores.directLine.clearActivities(id),
      forgetting: new DraftForgetting({ drafts: stores.drafts, state: stores.state }),
    };
    const closers: (() => Promise<void>)[] = [];
    let concerns: ConcernStore | undefined;
    if (options.safeguarding) {
      concerns = stores.concerns;
      if (options.safeguarding === 'lead') {
        await stores.keyWorkers.addKeyWorker({ email: 'lead@school.example', name: 'Lee Lead', passwordHash: 'not-used-here' }, now());
        await concerns.setLead('lead@school.example', true);
      }
      // Nobody to tell in a dialog test: the concern itself is what is checked.
      services.safeguarding = new Safeguarding({ concerns, invitations: stores.invitations, notify: async () => {}, now, log });
    }
    const conversationId = options.conversationId ?? `test-${Math.random().toString(36).slice(2)}`;
    let logic: (context: TurnContext) => Promise<void> = async () => {};
    const adapter = new TestAdapter(async (context) => logic(context), {
      channelId: options.channelId ?? 'test',
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'young-person', name: 'Young person' },
      recipient: { id: 'outcomes-bot', name: 'Outcomes Bot' },
      locale: 'en-GB',
    });
    logic = createOutcomesBot({ adapter, services, log }).logic;
    const transcript = new Transcript(stores, adapter, logic, dir, conversationId);
    transcript.concerns = concerns;
    transcript.closers = closers;
    await transcript.join();
    return transcript;
  }

  /** The conversation starts as a channel starts it: the person joins. */
  async join(): Promise<Partial<Activity>[]> {
    return this.turn({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: 'young-person', name: 'Young person' }],
    });
  }

  /** The person sends a message (at `at`, the channel's timestamp, when given); returns the bot's replies to it. */
  async say(text: string, at?: Date): Promise<Partial<Activity>[]> {
    return this.turn({ type: ActivityTypes.Message, text, ...(at ? { timestamp: at } : {}) });
  }

  private async turn(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const before = this.collect().length;
    await this.adapter.processActivity(activity);
    return this.collect().slice(before);
  }

  private collect(): Partial<Activity>[] {
    while (this.adapter.activeQueue.length > 0) this.sent.push(this.adapter.activeQueue.shift()!);
    return this.sent;
  }

  /** Every activity the bot has sent so far. */
  get all(): Partial<Activity>[] {
    return this.collect();
  }

  /** The outcomes channel data of the last message that waits for an answer. */
  get lastQuestion(): (OutcomesChannelData & { choices: string[]; activity: Partial<Activity> }) | undefined {
    const question = [...this.collect()].reverse().find((a) => outcomesOf(a)?.step);
    if (!question) return undefined;
    return { ...outcomesOf(question)!, choices: question.suggestedActions?.actions.map((a) => String(a.value)) ?? [], activity: question };
  }

  get step(): string | undefined {
    return this.lastQuestion?.step;
  }

  /** The stored draft, parsed with its schema. */
  async draft(): Promise<Draft | undefined> {
    const journey = await this.journeyDraftId();
    if (!journey) return undefined;
    const stored = await this.stores.drafts.get(journey);
    return stored ? stored.draft : undefined;
  }

  private async journeyDraftId(): Promise<string | undefined> {
    const key = `test/conversations/${this.conversationId}/`;
    const items = await this.stores.state.read([key]);
    const data = (items[key] as { conversationData?: { draftId?: string } } | undefined)?.conversationData;
    return data?.draftId;
  }

  async close(): Promise<void> {
    for (const close of this.closers) await close();
    await this.stores.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function outcomesOf(activity: Partial<Activity>): OutcomesChannelData | undefined {
  return (activity.channelData as { outcomes?: OutcomesChannelData } | undefined)?.outcomes;
}
