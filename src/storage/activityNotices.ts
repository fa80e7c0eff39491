/**
 * Called when a conversation's transcript has grown: with its latest sequence number, or with
 * `undefined` when notices may have been missed (the database connection that brings them was
 * lost and is back) and the listener should look for itself.
 */
export type ActivityListener = (lastSeq: number | undefined) => void;

/**
 * Who is waiting for which conversation, in this process. A notice reaches only the listeners of
 * its conversation, so an append costs the same with one open stream or a thousand.
 */
export class ActivityNotices {
  private readonly listeners = new Map<string, Set<ActivityListener>>();

  watch(conversationId: string, listener: ActivityListener): () => void {
    let set = this.listeners.get(conversationId);
    if (!set) {
      set = new Set();
      this.listeners.set(conversationId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(conversationId) === set) this.listeners.delete(conversationId);
    };
  }

  publish(conversationId: string, lastSeq: number | undefined): void {
    const set = this.listeners.get(conversationId);
    if (!set) return;
    for (const listener of [...set]) listener(lastSeq);
  }

  /** Every listener looks for itself: after a gap in the notices. */
  publishToAll(): void {
    for (const conversationId of [...this.listeners.keys()]) this.publish(conversationId, undefined);
  }
}

/**
 * SQLite: one hub per database file in this process, so two store instances on one file (a test's
 * two "instances", or a store reopened after a restart) see each other's appends. With SQLite there
 * is one server process; nothing crosses process boundaries.
 */
const fileHubs = new Map<string, { hub: ActivityNotices; users: number }>();

export function sqliteNotices(file: string): { hub: ActivityNotices; release(): void } {
  let entry = fileHubs.get(file);
  if (!entry) {
    entry = { hub: new ActivityNotices(), users: 0 };
    fileHubs.set(file, entry);
  }
  entry.users += 1;
  const held = entry;
  let released = false;
  return {
    hub: held.hub,
    release() {
      if (released) return;
      released = true;
      held.users -= 1;
      if (held.users === 0 && fileHubs.get(file) === held) fileHubs.delete(file);
    },
  };
}
