import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/backend/shell/appProtocol';
import { ReportPages } from '../../../electron/backend/shell/reportPages';

describe('the report pages the printing window may load', () => {
  it('serves each report at a URL of its own, only while it prints', () => {
    const pages = new ReportPages();
    const first = pages.add('<p>one</p>');
    const second = pages.add('<p>two</p>');
    expect(first).not.toBe(second);
    expect(first.startsWith(`${APP_ORIGIN}/report/`)).toBe(true);
    expect(pages.respond(first)).toEqual({ status: 200, html: '<p>one</p>' });
    pages.remove(first);
    expect(pages.respond(first)).toEqual({ status: 404 });
    expect(pages.respond(second)).toEqual({ status: 200, html: '<p>two</p>' });
  });

  it('lets the window load its page and inline images, and nothing else', () => {
    const pages = new ReportPages();
    const url = pages.add('<p>report</p>');
    expect(pages.allows(url)).toBe(true);
    expect(pages.allows('data:image/png;base64,AAAA')).toBe(true);
    expect(pages.allows(`${APP_ORIGIN}/index.html`)).toBe(false);
    expect(pages.allows(`${APP_ORIGIN}/report/other.html`)).toBe(false);
    expect(pages.allows('https://example.org/')).toBe(false);
  });
});
