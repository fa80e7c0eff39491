/**
 * Schema changes, oldest first. The statements a migration runs never change once committed (a
 * database that applied it must match one that applies it now): add a new one instead. Each engine
 * runs every migration it has not recorded in `schema_migrations`, once, in a transaction.
 */
export interface Migration {
  version: number;
  description: string;
  sqlite: string;
  postgres: string;
}

/** What differs between the engines in a table block; everything else is written once. */
interface Dialect {
  time: string;
  bool: string;
  no: string;
}
const SQLITE: Dialect = { time: 'TEXT', bool: 'INTEGER', no: '0' };
const POSTGRES: Dialect = { time: 'TIMESTAMPTZ', bool: 'BOOLEAN', no: 'false' };

/** A migration written once for both engines (times are ISO text in SQLite; booleans 0 and 1). */
const onBoth = (sql: (d: Dialect) => string) => ({ sqlite: sql(SQLITE), postgres: sql(POSTGRES) });

/** The safeguarding tables of migration 5; each engine adds its own guards against change. */
const safeguardingTables = (d: Dialect) => `
      ALTER TABLE key_workers ADD COLUMN safeguarding_lead ${d.bool} NOT NULL DEFAULT ${d.no};
      CREATE TABLE safeguarding_concerns (
        id TEXT PRIMARY KEY, draft_id TEXT NOT NULL, raised_at ${d.time} NOT NULL, category TEXT NOT NULL,
        step TEXT NOT NULL, question TEXT, message TEXT NOT NULL, previous_message TEXT,
        channel_id TEXT NOT NULL, person TEXT NOT NULL, keep_until ${d.time} NOT NULL);
      CREATE INDEX safeguarding_concerns_raised_at ON safeguarding_concerns (raised_at);
      CREATE INDEX safeguarding_concerns_draft ON safeguarding_concerns (draft_id);
      CREATE TABLE safeguarding_actions (
        id TEXT PRIMARY KEY, concern_id TEXT NOT NULL, action TEXT NOT NULL, note TEXT,
        by_id TEXT NOT NULL, by_name TEXT NOT NULL, at ${d.time} NOT NULL);
      CREATE INDEX safeguarding_actions_concern ON safeguarding_actions (concern_id, at);`;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'state, Direct Line conversations and activities, versioned drafts, secrets',
    // `last_seq` is the conversation's counter: bumping it in the appending transaction locks the
    // conversation row, which is what keeps sequence numbers unique and gap-free across instances.
    ...onBoth(
      (d) => `
      CREATE TABLE state (key TEXT PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL, updated_at ${d.time} NOT NULL);
      CREATE TABLE directline_conversations (id TEXT PRIMARY KEY, user_id TEXT, created_at ${d.time} NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE directline_activities (
        conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL,
        PRIMARY KEY (conversation_id, seq));
      CREATE TABLE drafts (id TEXT PRIMARY KEY, version INTEGER NOT NULL, json TEXT NOT NULL, updated_at ${d.time} NOT NULL);
      CREATE INDEX drafts_updated_at ON drafts (updated_at);
      CREATE TABLE draft_versions (
        draft_id TEXT NOT NULL, version INTEGER NOT NULL, author TEXT NOT NULL, summary TEXT NOT NULL,
        at ${d.time} NOT NULL, json TEXT NOT NULL,
        PRIMARY KEY (draft_id, version));
      CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);`,
    ),
  },
  {
    version: 2,
    description: 'key worker accounts, sessions, login failures, invitations, draft conversations',
    // Sessions are stored by the hash of their id, so a copy of the database cannot be used to sign in.
    // Drafts find their key worker through draft.keyWorker.invitationCode (read from the drafts table),
    // so nothing here has to be kept in step with the drafts.
    ...onBoth(
      (d) => `
      CREATE TABLE key_workers (
        id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL, password_hash TEXT NOT NULL,
        disabled ${d.bool} NOT NULL DEFAULT ${d.no}, created_at ${d.time} NOT NULL);
      CREATE TABLE key_worker_sessions (
        id_hash TEXT PRIMARY KEY, key_worker_id TEXT NOT NULL, csrf_token TEXT NOT NULL,
        created_at ${d.time} NOT NULL, expires_at ${d.time} NOT NULL);
      CREATE INDEX key_worker_sessions_key_worker ON key_worker_sessions (key_worker_id);
      CREATE TABLE login_failures (subject TEXT NOT NULL, at ${d.time} NOT NULL);
      CREATE INDEX login_failures_subject_at ON login_failures (subject, at);
      CREATE TABLE invitations (code TEXT PRIMARY KEY, key_worker_id TEXT NOT NULL, note TEXT, created_at ${d.time} NOT NULL);
      CREATE INDEX invitations_key_worker ON invitations (key_worker_id);
      CREATE TABLE draft_conversations (
        draft_id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, channel_id TEXT NOT NULL, updated_at ${d.time} NOT NULL);`,
    ),
  },
  {
    version: 3,
    description: 'Teams: key worker account links, conversation references, draft cards sent to key workers',
    // A Teams account is linked to a key worker account by an administrator, never by the bot:
    // an email address in a Teams profile is not proof of who someone is. A conversation reference
    // (the JSON botbuilder needs to write to a Teams chat later) is kept per conversation, for
    // key workers and young people alike. teams_draft_cards makes "a draft was newly shared" a card
    // sent once, whichever instance notices it first.
    ...onBoth(
      (d) => `
      CREATE TABLE teams_key_workers (
        aad_object_id TEXT PRIMARY KEY, key_worker_id TEXT NOT NULL, linked_at ${d.time} NOT NULL, conversation_id TEXT);
      CREATE INDEX teams_key_workers_key_worker ON teams_key_workers (key_worker_id);
      CREATE TABLE teams_conversations (conversation_id TEXT PRIMARY KEY, reference TEXT NOT NULL, updated_at ${d.time} NOT NULL);
      CREATE TABLE teams_draft_cards (
        key_worker_id TEXT NOT NULL, draft_id TEXT NOT NULL, sent_at ${d.time} NOT NULL,
        PRIMARY KEY (key_worker_id, draft_id));`,
    ),
  },
  {
    version: 4,
    description: 'jsonb read without failing; rate limit counters shared by every instance',
    // Text is cleaned before it is stored (src/security/safeText.ts), but a row written before that
    // (or by hand) could still hold `\u0000` or a lone surrogate, which jsonb refuses. Queries read
    // stored JSON through outcomes_jsonb, which gives NULL for such a row instead of failing the
    // whole query (and copying the row's words into PostgreSQL's log); outcomes_timestamptz
    // likewise for a time read from inside stored JSON. The rows are then repaired
    // by the server at start (src/storage/postgresRepair.ts). SQLite's json functions never fail this way.
    // With SQLite there is one server process: its counters live in its memory.
    sqlite: `SELECT 1;`,
    postgres: `
      CREATE FUNCTION outcomes_jsonb(value text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
      BEGIN
        RETURN value::jsonb;
      EXCEPTION WHEN others THEN
        RETURN NULL;
      END;
      $fn$;
      CREATE FUNCTION outcomes_timestamptz(value text) RETURNS timestamptz LANGUAGE plpgsql STABLE STRICT AS $fn$
      BEGIN
        RETURN value::timestamptz;
      EXCEPTION WHEN others THEN
        RETURN NULL;
      END;
      $fn$;
      CREATE TABLE rate_limits (key VARCHAR(255) PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire BIGINT);`,
  },
  {
    version: 5,
    description: 'safeguarding leads, concerns and the leads\' action history',
    // A concern is a child protection record: it is kept apart from the draft, so "delete my data"
    // and the draft's retention leave it (docs/SAFEGUARDING.md). Its history is append-only: the
    // database itself refuses to change an action, or to delete one while its concern exists, and
    // refuses to change what the concern recorded (only the person's details may be added to).
    sqlite: `${safeguardingTables(SQLITE)}
      CREATE TRIGGER safeguarding_concerns_fixed BEFORE UPDATE OF id, draft_id, raised_at, category, step, question, message, previous_message, channel_id
        ON safeguarding_concerns BEGIN SELECT RAISE(ABORT, 'a safeguarding concern cannot be changed'); END;
      CREATE TRIGGER safeguarding_actions_fixed BEFORE UPDATE ON safeguarding_actions
        BEGIN SELECT RAISE(ABORT, 'a safeguarding action cannot be changed'); END;
      CREATE TRIGGER safeguarding_actions_kept BEFORE DELETE ON safeguarding_actions
        WHEN EXISTS (SELECT 1 FROM safeguarding_concerns WHERE id = OLD.concern_id)
        BEGIN SELECT RAISE(ABORT, 'a safeguarding action cannot be deleted'); END;`,
    postgres: `${safeguardingTables(POSTGRES)}
      CREATE FUNCTION safeguarding_concern_fixed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF (NEW.id, NEW.draft_id, NEW.raised_at, NEW.category, NEW.step, NEW.question, NEW.message, NEW.previous_message, NEW.channel_id)
          IS DISTINCT FROM (OLD.id, OLD.draft_id, OLD.raised_at, OLD.category, OLD.step, OLD.question, OLD.message, OLD.previous_message, OLD.channel_id) THEN
          RAISE EXCEPTION 'a safeguarding concern cannot be changed';
        END IF;
        RETURN NEW;
      END $fn$;
      CREATE TRIGGER safeguarding_concerns_fixed BEFORE UPDATE ON safeguarding_concerns
        FOR EACH ROW EXECUTE FUNCTION safeguarding_concern_fixed();
      CREATE FUNCTION safeguarding_action_fixed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'UPDATE' THEN RAISE EXCEPTION 'a safeguarding action cannot be changed'; END IF;
        IF EXISTS (SELECT 1 FROM safeguarding_concerns WHERE id = OLD.concern_id) THEN
          RAISE EXCEPTION 'a safeguarding action cannot be deleted';
        END IF;
        RETURN OLD;
      END $fn$;
      CREATE TRIGGER safeguarding_actions_fixed BEFORE UPDATE OR DELETE ON safeguarding_actions
        FOR EACH ROW EXECUTE FUNCTION safeguarding_action_fixed();`,
  },
  {
    version: 6,
    description: 'invitations expire and can be revoked',
    // Existing codes keep working (no expiry); new ones expire after INVITATION_DAYS.
    ...onBoth(
      (d) => `
      ALTER TABLE invitations ADD COLUMN expires_at ${d.time};
      ALTER TABLE invitations ADD COLUMN revoked_at ${d.time};`,
    ),
  },
  {
    version: 7,
    description: 'draft versions kept as changes',
    // A new version's row holds the JSON Patch back to the version before it (src/storage/draftHistory.ts),
    // not a copy of the whole draft; rows already written keep their whole document and say so.
    sqlite: `ALTER TABLE draft_versions ADD COLUMN format TEXT NOT NULL DEFAULT 'document';`,
    postgres: `ALTER TABLE draft_versions ADD COLUMN format TEXT NOT NULL DEFAULT 'document';`,
  },
];
