import Database from 'better-sqlite3';

/** Tables that hold one conversation's data, keyed by its conversation or draft id. */
const PER_CONVERSATION_TABLES = ['state', 'drafts', 'draft_versions', 'directline_conversations', 'directline_activities'];

/**
 * Makes about `target` stored conversations out of those already in the database file (the template,
 * left by a short real journey): every row of the per-conversation tables is copied with its
 * conversation and draft ids made unique, so tables and indexes grow as real use would grow them.
 */
export function seedConversations(file: string, target: number): number {
  const db = new Database(file);
  try {
    const keys = db.prepare('SELECT key FROM state').pluck().all() as string[];
    const ids = new Set<string>();
    for (const key of keys) {
      const conversation = /\/conversations\/([^/]+)/.exec(key)?.[1];
      const draft = /^journey\/(.+)$/.exec(key)?.[1];
      if (conversation) ids.add(conversation);
      if (draft) ids.add(draft);
    }
    const conversations = keys.filter((key) => key.includes('/conversations/')).length;
    if (conversations === 0) throw new Error('no template conversation to copy');
    const count = Math.ceil(target / conversations) - 1;
    if (count < 1) return conversations;
    db.exec('CREATE TEMP TABLE n (i INTEGER PRIMARY KEY)');
    const tables = PER_CONVERSATION_TABLES.filter((name) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));
    const templates = tables.map((table) => {
      const columns = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string; type: string }>;
      const lastTemplateRow = Number(db.prepare(`SELECT COALESCE(MAX(rowid), 0) FROM ${table}`).pluck().get());
      const select = columns
        .map(({ name, type }) => (type === 'TEXT' ? [...ids].reduce((expr, id) => `replace(${expr}, '${id}', '${id}-' || n.i)`, `t.${name}`) : `t.${name}`))
        .join(', ');
      return db.prepare(`INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) SELECT ${select} FROM ${table} AS t, n WHERE t.rowid <= ${lastTemplateRow} AND n.i BETWEEN ? AND ?`);
    });
    const batch = 5000;
    db.prepare('WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ?) INSERT INTO n SELECT i FROM c').run(count);
    for (let from = 1; from <= count; from += batch) {
      db.transaction(() => templates.forEach((insert) => insert.run(from, Math.min(count, from + batch - 1))))();
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    return Number(db.prepare("SELECT COUNT(*) FROM state WHERE key LIKE '%/conversations/%'").pluck().get());
  } finally {
    db.close();
  }
}
