import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  LEAD_ACTIONS,
  concernPersonSchema,
  type Concern,
  type ConcernPerson,
  type ConcernSummary,
  type LeadAction,
  type LeadActionKind,
  type RaisedConcern,
} from '../safeguarding/concerns';
import { countRow, idRow, timestamp } from './rows';
import type { SqlRunner } from './sql';

export interface SafeguardingLead {
  id: string;
  email: string;
  name: string;
}

/**
 * Safeguarding leads and the concerns that reach them, on the bot's own database (SQLite or
 * PostgreSQL). Concerns are never changed, only added to: a lead's action, or the person's own
 * details when they choose to give them.
 */
export interface ConcernStore {
  /** Marks an existing key worker account as a safeguarding lead, or not; false when there is no such account. */
  setLead(email: string, lead: boolean): Promise<boolean>;
  /** Leads whose accounts are not disabled. */
  leads(): Promise<SafeguardingLead[]>;
  isLead(keyWorkerId: string): Promise<boolean>;

  raise(concern: RaisedConcern, at: Date, keepUntil: Date): Promise<{ id: string }>;
  /** Adds what the person told about themselves (name, school) to the concern. */
  addContact(concernId: string, contact: string): Promise<boolean>;
  /** Adds what the person said after the concern was raised: at the safety check, or the worry told again later. */
  addSaidAfter(concernId: string, words: string): Promise<boolean>;
  /** The concern of this kind raised last for this draft, if any. */
  latestOf(draftId: string, category: string): Promise<string | undefined>;
  /** Whether the person already gave contact details with an earlier concern on this draft. */
  contactKnown(draftId: string): Promise<boolean>;
  list(): Promise<ConcernSummary[]>;
  get(id: string): Promise<Concern | undefined>;
  addAction(concernId: string, action: { action: LeadActionKind; note?: string; byId: string; byName: string }, at: Date): Promise<LeadAction | undefined>;
  /** Deletes concerns (with their history) whose keep-until time has passed; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}

const optionalText = z.string().nullable().transform((v) => v ?? undefined);
const personJson = z.string().transform((text, ctx): ConcernPerson => {
  const parsed = concernPersonSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: 'stored person is not valid' });
    return z.NEVER;
  }
  return parsed.data;
});

const leadRow = z.object({ id: z.string(), email: z.string(), name: z.string() });
const concernRow = z.object({
  id: z.string(),
  draft_id: z.string(),
  raised_at: timestamp,
  category: z.string(),
  step: z.string(),
  question: optionalText,
  message: z.string(),
  previous_message: optionalText,
  channel_id: z.string(),
  person: personJson,
  keep_until: timestamp,
});
const actionRow = z
  .object({ id: z.string(), concern_id: z.string(), action: z.enum(LEAD_ACTIONS), note: optionalText, by_id: z.string(), by_name: z.string(), at: timestamp })
  .transform((row): LeadAction & { concernId: string } => ({
    id: row.id,
    concernId: row.concern_id,
    action: row.action,
    ...(row.note ? { note: row.note } : {}),
    byId: row.by_id,
    byName: row.by_name,
    at: row.at,
  }));

const CONCERN_COLUMNS = 'id, draft_id, raised_at, category, step, question, message, previous_message, channel_id, person, keep_until';
const ACTION_COLUMNS = 'id, concern_id, action, note, by_id, by_name, at';

export function concernStore(db: SqlRunner): ConcernStore {
  const iso = (date: Date) => date.toISOString();
  const bool = db.bool;
  const strip = ({ concernId: _c, ...action }: LeadAction & { concernId: string }): LeadAction => action;
  return {
    async setLead(email, lead) {
      return (await db.run('UPDATE key_workers SET safeguarding_lead = $1 WHERE email = $2', [bool(lead), email])) > 0;
    },
    async leads() {
      const rows = await db.all('SELECT id, email, name FROM key_workers WHERE safeguarding_lead = $1 AND disabled = $2 ORDER BY email', [bool(true), bool(false)]);
      return rows.map((row) => leadRow.parse(row));
    },
    async isLead(keyWorkerId) {
      const rows = await db.all('SELECT count(*) AS n FROM key_workers WHERE id = $1 AND safeguarding_lead = $2 AND disabled = $3', [keyWorkerId, bool(true), bool(false)]);
      return countRow.parse(rows[0]).n > 0;
    },

    async raise(concern, at, keepUntil) {
      const id = randomUUID();
      await db.run(
        `INSERT INTO safeguarding_concerns (${CONCERN_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          concern.draftId,
          iso(at),
          concern.category,
          concern.step,
          concern.question ?? null,
          concern.message,
          concern.previousMessage ?? null,
          concern.channelId,
          JSON.stringify(concernPersonSchema.parse(concern.person)),
          iso(keepUntil),
        ],
      );
      return { id };
    },
    async addContact(concernId, contact) {
      const rows = await db.all('SELECT person FROM safeguarding_concerns WHERE id = $1', [concernId]);
      if (rows[0] === undefined) return false;
      const person = personJson.parse((rows[0] as { person: string }).person);
      const next = concernPersonSchema.parse({ ...person, contact: person.contact ? `${person.contact}\n${contact}` : contact });
      return (await db.run('UPDATE safeguarding_concerns SET person = $1 WHERE id = $2', [JSON.stringify(next), concernId])) > 0;
    },
    async addSaidAfter(concernId, words) {
      const rows = await db.all('SELECT person FROM safeguarding_concerns WHERE id = $1', [concernId]);
      if (rows[0] === undefined) return false;
      const person = personJson.parse((rows[0] as { person: string }).person);
      // The earliest words are kept whole when there is more than room for: they are closest to the disclosure.
      const saidAfter = (person.saidAfter ? `${person.saidAfter}\n${words}` : words).slice(0, 5000);
      const next = concernPersonSchema.parse({ ...person, saidAfter });
      return (await db.run('UPDATE safeguarding_concerns SET person = $1 WHERE id = $2', [JSON.stringify(next), concernId])) > 0;
    },
    async latestOf(draftId, category) {
      const rows = await db.all('SELECT id FROM safeguarding_concerns WHERE draft_id = $1 AND category = $2 ORDER BY raised_at DESC, id DESC', [draftId, category]);
      return rows[0] === undefined ? undefined : idRow.parse(rows[0]).id;
    },
    async contactKnown(draftId) {
      const rows = await db.all('SELECT person FROM safeguarding_concerns WHERE draft_id = $1', [draftId]);
      return rows.some((row) => Boolean(personJson.parse((row as { person: string }).person).contact));
    },
    async list() {
      const rows = await db.all(`SELECT ${CONCERN_COLUMNS} FROM safeguarding_concerns ORDER BY raised_at DESC, id`);
      const actions = await db.all(`SELECT ${ACTION_COLUMNS} FROM safeguarding_actions ORDER BY at, id`);
      const latest = new Map<string, LeadAction>();
      for (const row of actions) {
        const action = actionRow.parse(row);
        latest.set(action.concernId, strip(action));
      }
      return rows.map((row) => {
        const c = concernRow.parse(row);
        const last = latest.get(c.id);
        return {
          id: c.id,
          draftId: c.draft_id,
          ...whatWasSaid(c),
          person: c.person,
          ...(last ? { latest: last } : {}),
        };
      });
    },
    async get(id) {
      const rows = await db.all(`SELECT ${CONCERN_COLUMNS} FROM safeguarding_concerns WHERE id = $1`, [id]);
      if (rows[0] === undefined) return undefined;
      const c = concernRow.parse(rows[0]);
      const actions = await db.all(`SELECT ${ACTION_COLUMNS} FROM safeguarding_actions WHERE concern_id = $1 ORDER BY at, id`, [id]);
      return {
        id: c.id,
        draftId: c.draft_id,
        ...whatWasSaid(c),
        channelId: c.channel_id,
        person: c.person,
        keepUntil: c.keep_until,
        actions: actions.map((row) => strip(actionRow.parse(row))),
      };
    },
    async addAction(concernId, action, at) {
      const exists = await db.all('SELECT id FROM safeguarding_concerns WHERE id = $1', [concernId]);
      if (exists[0] === undefined) return undefined;
      const id = randomUUID();
      await db.run(`INSERT INTO safeguarding_actions (${ACTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        id,
        idRow.parse(exists[0]).id,
        action.action,
        action.note ?? null,
        action.byId,
        action.byName,
        iso(at),
      ]);
      return { id, action: action.action, ...(action.note ? { note: action.note } : {}), byId: action.byId, byName: action.byName, at: iso(at) };
    },
    async deleteExpired(now) {
      const rows = await db.all('SELECT id FROM safeguarding_concerns WHERE keep_until <= $1', [iso(now)]);
      for (const row of rows) {
        const { id } = idRow.parse(row);
        // The concern first: its history may only go once the concern itself has gone.
        await db.run('DELETE FROM safeguarding_concerns WHERE id = $1', [id]);
        await db.run('DELETE FROM safeguarding_actions WHERE concern_id = $1', [id]);
      }
      return rows.length;
    },
  };
}

/** When, what and where: the part of a concern that its list and its page both show. */
function whatWasSaid(c: z.infer<typeof concernRow>) {
  return {
    raisedAt: c.raised_at,
    category: c.category,
    step: c.step,
    ...(c.question ? { question: c.question } : {}),
    message: c.message,
    ...(c.previous_message ? { previousMessage: c.previous_message } : {}),
  };
}
