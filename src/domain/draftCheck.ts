import { z } from 'zod';
import { draftSchema, type Draft } from './draft';

/**
 * A draft checked against the draft schema, with the check of what it shares with a draft already
 * checked left out. Operations never change a draft in place (operations.ts returns new ones), so
 * a part of the new draft that is the very same object as the part of the checked one passes as
 * it did then; a turn that adds one answer checks that answer, not every outcome again. What is
 * checked, and the draft given back, are what `draftSchema.safeParse` would give once the draft is
 * written as JSON (keys in the schema's order, unknown keys left out).
 */
export type DraftCheck = { success: true; data: Draft } | { success: false; issues: number };

type Field = keyof typeof draftSchema.shape;
const FIELDS = Object.keys(draftSchema.shape) as Field[];

export function checkDraft(document: unknown, checked?: Draft): DraftCheck {
  if (checked === undefined || document === null || typeof document !== 'object' || Array.isArray(document)) return whole(document);
  const input = document as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let issues = 0;
  for (const field of FIELDS) {
    const value = input[field];
    const result = checkPart(draftSchema.shape[field], value, checked[field]);
    if (!result.success) issues += result.issues;
    else if (field in input) out[field] = result.data;
  }
  return issues > 0 ? { success: false, issues } : { success: true, data: out as Draft };
}

function whole(document: unknown): DraftCheck {
  const result = draftSchema.safeParse(document);
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues.length };
}

type PartCheck = { success: true; data: unknown } | { success: false; issues: number };

function checkPart(schema: z.ZodType, value: unknown, before: unknown): PartCheck {
  if (value !== undefined && value === before) return { success: true, data: value };
  // A list checked item by item when the list itself has no rule (no length limit): the items it
  // shares with the list before pass as they did.
  if (schema instanceof z.ZodArray && !(schema._zod.def.checks?.length) && Array.isArray(value) && Array.isArray(before)) {
    const known = new Set<unknown>(before);
    const element = schema.element as z.ZodType;
    const data: unknown[] = [];
    let issues = 0;
    for (const item of value) {
      if (known.has(item)) {
        data.push(item);
        continue;
      }
      const result = element.safeParse(item);
      if (result.success) data.push(result.data);
      else issues += result.error.issues.length;
    }
    return issues > 0 ? { success: false, issues } : { success: true, data };
  }
  // An object with no rule of its own and no extra keys allowed (an outcome, the about-me answers)
  // checked field by field: the fields it shares with the object before pass as they did.
  if (schema instanceof z.ZodObject && !(schema._zod.def.checks?.length) && schema._zod.def.catchall === undefined && isRecord(value) && isRecord(before)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const data: Record<string, unknown> = {};
    let issues = 0;
    for (const key of Object.keys(shape)) {
      const result = checkPart(shape[key]!, value[key], before[key]);
      if (!result.success) issues += result.issues;
      else if (result.data !== undefined || key in value) data[key] = result.data;
    }
    return issues > 0 ? { success: false, issues } : { success: true, data };
  }
  const result = schema.safeParse(value);
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues.length };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
