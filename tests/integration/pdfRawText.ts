/**
 * A PDF's text in the order it was drawn (poppler's `pdftotext -raw`), whitespace collapsed: a table cell's
 * lines stay together, where the layout mode (reportChromium.ts pdfText) interleaves the lines of cells that
 * wrap side by side. For pages made of tables, such as the printed re-entry plan.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pdfRawText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-pdf-raw-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), pdf);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
