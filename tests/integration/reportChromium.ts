/**
 * The PDF port for tests: Debian's Chromium through Playwright, standing in for Electron's
 * printToPDF in electron/main.ts (same engine, same print CSS). Each report gets a fresh context
 * with JavaScript off and every network request refused, as in the app's hidden window. Also the
 * poppler tools that turn a PDF into text and pictures, so tests can read what a person would see.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright';
import type { RenderPdfPort } from '../../electron/backend/services/context';

export type PdfBrowser = { renderPdf: RenderPdfPort; close(): Promise<void> };

export async function launchPdfBrowser(): Promise<PdfBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    async renderPdf(html) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => route.abort('blockedbyclient'));
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}

/** The PDF's text, in reading order (poppler's pdftotext). */
export function pdfText(pdf: Buffer): string {
  return withTempPdf(pdf, (file) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** Each page of the PDF as a PNG at `dpi` (poppler's pdftoppm), first page first. */
export function pdfPages(pdf: Buffer, dpi = 100): Buffer[] {
  return withTempPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, join(dir, 'page')]);
    const pages: Buffer[] = [];
    const names = execFileSync('ls', [dir], { encoding: 'utf8' })
      .split('\n')
      .filter((n) => /^page-\d+\.png$/.test(n))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    for (const name of names) pages.push(readFileSync(join(dir, name)));
    return pages;
  });
}

function withTempPdf<T>(pdf: Buffer, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
