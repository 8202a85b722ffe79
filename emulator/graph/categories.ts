// Master categories (learn.microsoft.com/graph/api/resources/outlookcategory): list, create, get, update the
// colour, delete. `color` is one of the presets `preset0`…`preset24` or `none`; displayName is fixed once created.
import type { MasterCategory } from '../store/records.js';
import { GraphError, badRequest, notFound } from './errors.js';
import { jsonResult, noContent, readJsonObject } from './graph-call.js';
import type { GraphResult, RouteInput } from './graph-call.js';

export const CATEGORY_COLORS: readonly string[] = ['none', ...Array.from({ length: 25 }, (_, i) => `preset${i}`)];

const contextUrl = (input: RouteInput): string => `${input.ctx.graphUrl}/$metadata#users('${input.mailbox.ownerId}')/outlook/masterCategories`;
const render = (c: MasterCategory): Record<string, unknown> => ({ id: c.id, displayName: c.displayName, color: c.color });

function readColor(value: unknown): string {
  if (typeof value !== 'string' || !CATEGORY_COLORS.includes(value)) throw badRequest(`The color must be one of none, preset0 … preset24.`, 'ErrorInvalidArgument');
  return value;
}

function find(input: RouteInput): MasterCategory {
  const category = input.mailbox.categories.find((c) => c.id === input.params.category);
  if (!category) throw notFound();
  return category;
}

export function listCategories(input: RouteInput): GraphResult {
  return jsonResult({ '@odata.context': contextUrl(input), value: input.mailbox.categories.map(render) });
}

export function getCategory(input: RouteInput): GraphResult {
  return jsonResult({ '@odata.context': `${contextUrl(input)}/$entity`, ...render(find(input)) });
}

export function createCategory(input: RouteInput): GraphResult {
  const body = readJsonObject(input.call);
  const name = body.displayName;
  if (typeof name !== 'string' || name.trim() === '') throw badRequest('The category display name is required.', 'ErrorInvalidArgument');
  if (input.mailbox.categories.some((c) => c.displayName.toLowerCase() === name.toLowerCase())) {
    throw new GraphError(409, 'ErrorDuplicateCategory', 'A category with this display name already exists.');
  }
  const category = { id: input.mailbox.newCategoryId(), displayName: name, color: body.color === undefined ? 'none' : readColor(body.color) };
  input.mailbox.categories = [...input.mailbox.categories, category];
  return jsonResult({ '@odata.context': `${contextUrl(input)}/$entity`, ...render(category) }, 201);
}

export function updateCategory(input: RouteInput): GraphResult {
  const category = find(input);
  const body = readJsonObject(input.call);
  if (body.displayName !== undefined && body.displayName !== category.displayName) throw badRequest('The display name of a category cannot be changed.', 'ErrorInvalidArgument');
  const updated = { ...category, color: body.color === undefined ? category.color : readColor(body.color) };
  input.mailbox.categories = input.mailbox.categories.map((c) => (c.id === category.id ? updated : c));
  return jsonResult({ '@odata.context': `${contextUrl(input)}/$entity`, ...render(updated) });
}

export function deleteCategory(input: RouteInput): GraphResult {
  const category = find(input);
  input.mailbox.categories = input.mailbox.categories.filter((c) => c.id !== category.id);
  return noContent();
}
