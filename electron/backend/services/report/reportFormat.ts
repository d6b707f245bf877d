/**
 * Escaping and the report's dates and numbers. Dates are written as on official papers here
 * (25.11.2026 in Kazakh and Russian, 25/11/2026 in English), like renderer/i18n/format.ts, by hand
 * rather than with Intl, because an ICU without Kazakh data prints "2026 M11 25". Local time:
 * the report is read where it was made.
 */
import type { Language } from '../../../contract/schemas';
import { REPORT_TEXT, fill } from './reportText';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDate(language: Language, at: Date): string {
  const sep = language === 'en' ? '/' : '.';
  return `${pad(at.getDate())}${sep}${pad(at.getMonth() + 1)}${sep}${at.getFullYear()}`;
}

export function formatDateTime(language: Language, at: Date): string {
  return `${formatDate(language, at)}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Fixed decimals, with a decimal comma in Kazakh and Russian. */
export function formatNumber(language: Language, value: number, digits = 0): string {
  const text = (Math.round(value * 10 ** digits) / 10 ** digits).toFixed(digits);
  return language === 'en' ? text : text.replace('.', ',');
}

/** A share 0..1 as a percentage with at most one decimal: "12.5%", "12,5 %" in kk/ru. */
export function formatPercent(language: Language, share: number): string {
  const value = Math.round(share * 1000) / 10;
  const digits = Number.isInteger(value) ? 0 : 1;
  return language === 'en' ? `${formatNumber(language, value, digits)}%` : `${formatNumber(language, value, digits)} %`;
}

/** Seconds under a minute, else minutes and seconds, as the Drawings area shows them. */
export function formatDuration(language: Language, ms: number): string {
  const text = REPORT_TEXT[language];
  if (ms < 60_000) return fill(text.seconds, { value: formatNumber(language, ms / 1000, 1) });
  const seconds = Math.round(ms / 1000);
  return fill(text.minutesSeconds, { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
}
