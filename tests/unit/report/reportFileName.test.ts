import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../../electron/backend/services/reports/reportFileName';

describe("a PDF report's suggested file name", () => {
  const at = new Date(2026, 2, 18, 12, 30);

  it('holds the client code, the instrument and the date', () => {
    expect(reportFileName({ clientCode: 'K7MX-2P9Q', instrumentCode: 'HTP', at })).toBe('K7MX-2P9Q_HTP_2026-03-18.pdf');
    expect(reportFileName({ clientCode: 'K7MX-2P9Q', instrumentCode: 'PHQ-9', at })).toBe('K7MX-2P9Q_PHQ-9_2026-03-18.pdf');
  });

  it('turns characters a file system may refuse into dashes', () => {
    expect(reportFileName({ clientCode: 'K7MX/2P9Q', instrumentCode: 'A: B*?', at })).toBe('K7MX-2P9Q_A-B_2026-03-18.pdf');
    expect(reportFileName({ clientCode: 'Ә..', instrumentCode: 'HTP', at })).toBe('x_HTP_2026-03-18.pdf');
  });
});
