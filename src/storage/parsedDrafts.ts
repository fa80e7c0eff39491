import type { Draft } from '../domain/draft';
import { checkDraft } from '../domain/draftCheck';
import { InvalidDraftError } from '../errors';
import { documentJson } from './rows';
import { storedForm } from './storedForm';
import type { DraftSave, DraftStamp, PreparedDraftSave } from './types';

/**
 * The drafts this process last wrote or read, each with the exact text stored. A turn reads its
 * draft and usually writes it: the document written is checked against the draft schema once, and
 * the next read that finds the same text in the database takes it as it is instead of parsing and
 * checking it again. Text that differs (another instance saved, a key
 * worker commented) is parsed as ever. Drafts are never changed in place (src/domain/operations.ts
 * returns new ones), so one parsed draft can be handed to every reader.
 */
export class ParsedDrafts {
  /** `written`: the draft is the stored text read back as it is (a write), not as the schema gives it (a read). */
  private readonly byId = new Map<string, { json: string; draft: Draft; written: boolean; stamp?: DraftStamp }>();

  constructor(private readonly limit = 2000) {}

  /** The draft parsed from exactly this text, if it is the one kept for the id. */
  find(id: string, json: string): Draft | undefined {
    const kept = this.byId.get(id);
    if (kept === undefined || kept.json !== json) return undefined;
    // Most recently used last, so the oldest is the first to go.
    this.byId.delete(id);
    this.byId.set(id, kept);
    return kept.draft;
  }

  /**
   * The draft kept for the id when it is the very save stored now (same version, same time): every
   * save raises the version, so its text need not be read to know it is the one kept.
   */
  atStamp(id: string, stamp: DraftStamp): Draft | undefined {
    const kept = this.byId.get(id);
    if (kept?.stamp === undefined || kept.stamp.version !== stamp.version || kept.stamp.updatedAt !== stamp.updatedAt) return undefined;
    return this.find(id, kept.json);
  }

  /** The text this process last wrote for the id, with the document it reads back as; undefined after a read. */
  written(id: string): { json: string; stored: unknown } | undefined {
    const kept = this.byId.get(id);
    return kept?.written ? { json: kept.json, stored: kept.draft } : undefined;
  }

  /** The draft kept for the id, checked against the draft schema (as read, or as written). */
  checked(id: string): Draft | undefined {
    return this.byId.get(id)?.draft;
  }

  keep(id: string, json: string, draft: Draft, written = false, stamp?: DraftStamp): void {
    this.byId.delete(id);
    this.byId.set(id, { json, draft, written, ...(stamp ? { stamp } : {}) });
    if (this.byId.size > this.limit) this.byId.delete(this.byId.keys().next().value!);
  }

  /** A deleted draft's words are not kept in memory either. */
  forget(id: string): void {
    this.byId.delete(id);
  }
}

/**
 * A turn's draft saves turned into the text stored. The newest document of each draft is checked
 * against the draft schema and stored as the schema gives it back: once a turn, at storage,
 * however many changes the turn made, and only in the parts that are not the draft last kept. What is kept for the next read is that document as the
 * stored text reads back. Throws InvalidDraftError, naming the draft and never its words, before
 * anything is written.
 */
export function prepareDraftSaves(
  saves: readonly DraftSave[],
  known?: ParsedDrafts,
): { prepared: PreparedDraftSave[]; checked: Map<string, { json: string; draft: Draft }> } {
  const newest = new Map<string, number>();
  saves.forEach((save, i) => newest.set(save.id, i));
  const checked = new Map<string, { json: string; draft: Draft }>();
  // What each save builds on: the turn's previous save of the draft, or what this process last wrote.
  const previous = new Map<string, { json: string; stored: unknown }>();
  const prepared = saves.map((save, i): PreparedDraftSave => {
    let document = save.document;
    if (newest.get(save.id) === i) {
      // What it shares with the draft kept for it passed the check already (see draftCheck.ts).
      const draft = checkDraft(document, known?.checked(save.id));
      if (!draft.success) throw new InvalidDraftError(save.id, draft.issues);
      document = draft.data;
    }
    const json = documentJson(document);
    const before = previous.get(save.id) ?? known?.written(save.id);
    // The text is not parsed back: what the turn did not change is the document stored before.
    const stored = storedForm(document, json, before?.stored);
    if (newest.get(save.id) === i) checked.set(save.id, { json, draft: stored as Draft });
    previous.set(save.id, { json, stored });
    return { ...save, json, stored, ...(before ? { previous: before } : {}) };
  });
  return { prepared, checked };
}
