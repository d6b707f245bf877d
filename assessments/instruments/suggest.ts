/**
 * Turns a page's process metrics into suggested answers, using the definition's metric links
 * (docs/INSTRUMENTS.md: "offers the matching metrics as suggestions on the form"). The psychologist
 * accepts or overrides each one; nothing here writes an answer.
 */
import { itemsById } from './ranges';
import type { Instrument, Item, LocalizedText, MetricSuggestion, SuggestedValue } from './schema';
import type { MetricId, PageMetrics } from './metricIds';

export interface Suggestion {
  itemId: string;
  pageId: string;
  metric: MetricId;
  /** The measured value the suggestion came from, for display beside it. */
  metricValue: number;
  value: SuggestedValue;
  /** What the metric measures and why these steps, in kk/ru/en; shown with "not calibrated against norms". */
  rationale: LocalizedText;
}

/**
 * One suggestion per link whose metric is available on its page, in definition order. An item
 * may get several (PPAT Implied Energy from ink length and from pressure); the form shows each.
 */
export function suggestFromMetrics(def: Instrument, metricsByPage: Readonly<Record<string, PageMetrics>>): Suggestion[] {
  const items = itemsById(def);
  const out: Suggestion[] = [];
  for (const link of def.metricSuggestions) {
    const metricValue = metricsByPage[link.pageId]?.[link.metric];
    if (metricValue === null || metricValue === undefined || !Number.isFinite(metricValue)) continue;
    const value = mapValue(link, metricValue, items.get(link.itemId));
    if (value === null) continue;
    out.push({ itemId: link.itemId, pageId: link.pageId, metric: link.metric, metricValue, value, rationale: link.rationale });
  }
  return out;
}

function mapValue(link: MetricSuggestion, metric: number, item: Item | undefined): SuggestedValue | null {
  if (link.mapping.kind === 'thresholds') {
    return link.mapping.steps.find((s) => metric < s.below)?.value ?? link.mapping.otherwise;
  }
  if (!item || (item.kind !== 'number' && item.kind !== 'rating')) return null;
  const integer = item.kind === 'rating' || item.integer;
  const rounded = integer ? Math.round(metric) : metric;
  return Math.min(item.max, Math.max(item.min, rounded));
}
