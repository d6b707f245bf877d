import { randomUUID } from 'node:crypto';
import { APP_ORIGIN } from './appProtocol';

/**
 * The PDF report's pages while they print: each report is served at one fresh URL of its own, in
 * the printing window's session, and nothing else is. A data: URL would do without this, but
 * Chromium caps URLs at 2 MB, less than one scan.
 */
export class ReportPages {
  private readonly pages = new Map<string, string>();

  /** Serves `html` at a new URL until `remove` is called; returns the URL. */
  add(html: string): string {
    const url = `${APP_ORIGIN}/report/${randomUUID()}.html`;
    this.pages.set(url, html);
    return url;
  }

  remove(url: string): void {
    this.pages.delete(url);
  }

  /** What the report session answers for a URL: the page, or 404 for anything else. */
  respond(url: string): { status: 200; html: string } | { status: 404 } {
    const html = this.pages.get(url);
    return html === undefined ? { status: 404 } : { status: 200, html };
  }

  /** Requests the printing window may make: its own page, and the data: images inside it. */
  allows(url: string): boolean {
    return url.startsWith('data:') || this.pages.has(url);
  }
}
