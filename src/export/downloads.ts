import { createHmac, randomBytes } from 'node:crypto';
import { decodeCanonicalBase64url, signatureMatches } from '../security/base64url';
import { ReadingMode } from '../domain/readingMode';
import type { Draft } from '../domain/draft';
import type { SecretStore } from '../storage';

/*
 * Download links carry their own permission: a token signed with a key only the server knows,
 * naming the draft, the reading mode and an expiry. So a link can be opened from an email or a
 * browser tab with no header, and cannot be guessed or changed to another draft.
 */

export const DOWNLOAD_KEY_NAME = 'download-token-key';
export const DOWNLOAD_FILES = { json: 'draft.json', html: 'draft.html', docx: 'draft.docx' } as const;
export type DownloadFormat = keyof typeof DOWNLOAD_FILES;
export type DownloadUrls = Record<DownloadFormat, string>;

const DEFAULT_TTL_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/*
 * Token layout, kept short because the router refuses path parameters over 100 characters:
 * base64url(mode byte, expiry as uint32 seconds, draft id) "." base64url(first 16 bytes of the
 * HMAC-SHA256 of that body). 128 bits of signature is far beyond guessing.
 */
export const MAX_TOKEN_LENGTH = 100;
const SIGNATURE_BYTES = 16;
const MODE_BYTE: Record<ReadingMode, number> = { standard: 0x73, easy_read: 0x65 };

function encodePayload(draftId: string, mode: ReadingMode, expiresAt: number): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt8(MODE_BYTE[mode], 0);
  header.writeUInt32BE(expiresAt, 1);
  return Buffer.concat([header, Buffer.from(draftId, 'utf8')]);
}

function decodePayload(payload: Buffer): { draftId: string; mode: ReadingMode; expiresAt: number } | null {
  if (payload.length < 6) return null;
  const modeByte = payload.readUInt8(0);
  const mode = modeByte === MODE_BYTE.easy_read ? ReadingMode.easyRead : modeByte === MODE_BYTE.standard ? ReadingMode.standard : null;
  if (!mode) return null;
  return { mode, expiresAt: payload.readUInt32BE(1), draftId: payload.subarray(5).toString('utf8') };
}

export interface DownloadGrant {
  draftId: string;
  mode: ReadingMode;
}

export interface DownloadLinks {
  /** Absolute URLs of the three copies; `origin` is used when no public URL is configured. */
  linksFor(draftId: string, mode: ReadingMode, origin: string): Promise<DownloadUrls>;
  /** The draft and mode a token grants, or null when it is forged, changed, malformed or expired. */
  verify(token: string): DownloadGrant | null;
}

export interface DownloadLinkDeps {
  secrets: SecretStore;
  publicUrl?: string;
  ttlDays?: number;
  now?: () => number;
}

/** The signing key is read once here, so `verify` can answer without a round trip to storage. */
export async function createDownloadLinks(deps: DownloadLinkDeps): Promise<DownloadLinks> {
  const key = Buffer.from(await deps.secrets.getOrCreate(DOWNLOAD_KEY_NAME, () => randomBytes(32).toString('hex')), 'hex');
  const now = deps.now ?? Date.now;
  const ttlMs = (deps.ttlDays ?? DEFAULT_TTL_DAYS) * DAY_MS;
  const sign = (body: string) => createHmac('sha256', key).update(body).digest().subarray(0, SIGNATURE_BYTES);

  return {
    async linksFor(draftId, mode, origin) {
      const body = encodePayload(draftId, mode, Math.floor((now() + ttlMs) / 1000)).toString('base64url');
      const token = `${body}.${sign(body).toString('base64url')}`;
      if (token.length > MAX_TOKEN_LENGTH) throw new Error('draft id too long for a download link');
      const base = (deps.publicUrl ?? origin).replace(/\/+$/, '');
      const url = (file: string) => `${base}/downloads/${token}/${file}`;
      return { json: url(DOWNLOAD_FILES.json), html: url(DOWNLOAD_FILES.html), docx: url(DOWNLOAD_FILES.docx) };
    },
    verify(token) {
      const [body, signature, ...rest] = token.split('.');
      if (!body || !signature || rest.length > 0) return null;
      const expected = sign(body);
      if (!signatureMatches(signature, expected)) return null;
      const decoded = decodeCanonicalBase64url(body);
      const payload = decoded && decodePayload(decoded);
      if (!payload || payload.expiresAt * 1000 <= now()) return null;
      return { draftId: payload.draftId, mode: payload.mode };
    },
  };
}

/**
 * `SessionServices.downloadsFor`: links in the reading mode the draft is in now, so an easy-read
 * reader gets easy-read copies. `origin` is read at call time because the port is known only
 * once the server listens.
 */
export function downloadsForDraft(deps: { links: DownloadLinks; origin: () => string }) {
  return (draft: Draft): Promise<DownloadUrls> => deps.links.linksFor(draft.id, draft.youngPerson.readingMode, deps.origin());
}
