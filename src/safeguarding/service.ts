import { errorSummary, hashId } from '../log';
import type { ReviewLog } from '../review/context';
import { normaliseInvitationCode } from '../review/invitationCodes';
import type { ConcernStore, InvitationStore } from '../storage';
import { ageFrom, noteKeepUntil } from '../retention/policy';
import { raisedConcernSchema, type RaisedConcern } from './concerns';
import type { NoticeOfConcern } from './notifyLeads';

/** What the conversation asks of safeguarding: no botbuilder, no database in the dialogs. */
export interface SafeguardingService {
  /** Whether the service has at least one safeguarding lead (the welcome says so when it has). */
  hasLead(): Promise<boolean>;
  /** Records the concern before anything is said, then tells the leads without waiting. */
  raise(concern: RaisedConcern): Promise<{ id: string; contactKnown: boolean }>;
  /** The person's own words about who they are and where they study, added to the concern. */
  addContact(concernId: string, contact: string): Promise<void>;
  /** Words the person repeated or added at the safety check, added to the concern the leads read. */
  addSaidAfter(concernId: string, words: string): Promise<void>;
  /** The worry told again later in the chat, added to the concern of that kind raised last for the draft. */
  addToldAgain(draftId: string, category: string, words: string): Promise<void>;
}

export interface SafeguardingServiceDeps {
  concerns: ConcernStore;
  invitations: Pick<InvitationStore, 'keyWorkerOfInvitation'>;
  notify: (notice: NoticeOfConcern) => Promise<void>;
  now: () => Date;
  log: ReviewLog;
}

export class Safeguarding implements SafeguardingService {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly deps: SafeguardingServiceDeps) {}

  async hasLead(): Promise<boolean> {
    return (await this.deps.concerns.leads()).length > 0;
  }

  async raise(raised: RaisedConcern): Promise<{ id: string; contactKnown: boolean }> {
    const concern = raisedConcernSchema.parse(raised);
    const at = this.deps.now();
    const code = concern.person.invitationCode;
    const keyWorker = code ? await this.deps.invitations.keyWorkerOfInvitation(normaliseInvitationCode(code)) : undefined;
    const person = { ...concern.person, ...(keyWorker ? { keyWorker: { id: keyWorker.id, name: keyWorker.name, email: keyWorker.email } } : {}) };
    const contactKnown = await this.deps.concerns.contactKnown(concern.draftId);
    const { id } = await this.deps.concerns.raise({ ...concern, person }, at, noteKeepUntil(at, ageFrom(person)));
    this.deps.log.info({ concern: hashId(id), category: concern.category }, 'safeguarding concern raised');
    const told = this.deps
      .notify({ id, category: concern.category, raisedAt: at })
      .catch((error: unknown) => this.deps.log.error({ err: errorSummary(error), concern: hashId(id) }, 'could not tell the safeguarding leads'))
      .finally(() => this.pending.delete(told));
    this.pending.add(told);
    return { id, contactKnown };
  }

  async addContact(concernId: string, contact: string): Promise<void> {
    await this.deps.concerns.addContact(concernId, contact.trim().slice(0, 500));
  }

  async addSaidAfter(concernId: string, words: string): Promise<void> {
    const said = words.trim();
    if (said) await this.deps.concerns.addSaidAfter(concernId, said.slice(0, 2000));
  }

  async addToldAgain(draftId: string, category: string, words: string): Promise<void> {
    const concernId = await this.deps.concerns.latestOf(draftId, category);
    if (concernId) await this.addSaidAfter(concernId, words);
  }

  /** Waits for notices under way (before the stores close). */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
