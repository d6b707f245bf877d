import { describe, expect, it } from 'vitest';
import {
  type PrinterSession,
  type PrinterWindow,
  type PrinterWindowOptions,
  reportPrinter,
} from '../../../electron/backend/shell/reportPrinter';

/** A session that keeps what the printer installed on it, to ask it as the window would. */
function fakeSession() {
  let serve: (request: { url: string }) => Response = () => new Response('', { status: 500 });
  let filter: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void = () => undefined;
  let permission: (contents: unknown, name: string, callback: (granted: boolean) => void) => void = () => undefined;
  let check: () => boolean = () => true;
  const session: PrinterSession = {
    protocol: { handle: (_scheme, handler) => (serve = handler) },
    webRequest: { onBeforeRequest: (listener) => (filter = listener) },
    setPermissionRequestHandler: (handler) => (permission = handler),
    setPermissionCheckHandler: (handler) => (check = handler),
  };
  const cancels = (url: string) => {
    let cancel: boolean | undefined;
    filter({ url }, (r) => (cancel = r.cancel));
    return cancel;
  };
  const granted = () => {
    let answer: boolean | undefined;
    permission(null, 'media', (g) => (answer = g));
    return answer;
  };
  return { session, serve: (url: string) => serve({ url }), cancels, granted, check: () => check() };
}

function printer(options: { failLoad?: boolean } = {}) {
  const fake = fakeSession();
  const partitions: string[] = [];
  const windows: { options: PrinterWindowOptions<PrinterSession>; destroyed: boolean; loaded: string[] }[] = [];
  const seen: { status: number; body: string; cancelled: boolean | undefined }[] = [];
  class FakeWindow implements PrinterWindow {
    private readonly record: (typeof windows)[number];
    constructor(opts: PrinterWindowOptions<PrinterSession>) {
      this.record = { options: opts, destroyed: false, loaded: [] };
      windows.push(this.record);
    }
    async loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
      const response = fake.serve(url);
      seen.push({ status: response.status, body: await response.text(), cancelled: fake.cancels(url) });
      if (options.failLoad) throw new Error('load failed');
    }
    webContents = { printToPDF: async () => Buffer.from('%PDF-1.7') };
    destroy(): void {
      this.record.destroyed = true;
    }
  }
  const render = reportPrinter({
    partition: (name, opts) => {
      partitions.push(`${name}:${opts.cache}`);
      return fake.session;
    },
    BrowserWindow: FakeWindow,
  });
  return { render, fake, partitions, windows, seen };
}

describe('the PDF report printer', () => {
  it('prints in a hidden window with no JavaScript, from a session that serves only that report', async () => {
    const p = printer();
    const pdf = await p.render('<html><body>Қорытынды</body></html>');
    expect(pdf.toString()).toBe('%PDF-1.7');
    expect(p.seen).toEqual([{ status: 200, body: '<html><body>Қорытынды</body></html>', cancelled: false }]);
    const [window] = p.windows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      devTools: false,
      nodeIntegration: false,
    });
    expect(window?.destroyed).toBe(true);
    // Once printed, its URL answers nothing, and nothing else ever did: no network, no other file.
    const url = window!.loaded[0]!;
    expect(p.fake.serve(url).status).toBe(404);
    expect(p.fake.cancels(url)).toBe(true);
    expect(p.fake.cancels('https://example.org/')).toBe(true);
    expect(p.fake.cancels('data:image/png;base64,AAAA')).toBe(false);
    expect(p.fake.granted()).toBe(false);
    expect(p.fake.check()).toBe(false);
  });

  it('makes one in-memory session for every report, and a fresh URL for each', async () => {
    const p = printer();
    await p.render('<p>1</p>');
    await p.render('<p>2</p>');
    expect(p.partitions).toEqual(['kenes-report:false']);
    expect(p.windows.map((w) => w.options.webPreferences.session)).toEqual([p.fake.session, p.fake.session]);
    expect(new Set(p.windows.map((w) => w.loaded[0])).size).toBe(2);
  });

  it('forgets the page and closes the window when printing fails', async () => {
    const p = printer({ failLoad: true });
    await expect(p.render('<p>x</p>')).rejects.toThrow('load failed');
    expect(p.windows[0]?.destroyed).toBe(true);
    expect(p.fake.serve(p.windows[0]!.loaded[0]!).status).toBe(404);
  });
});
