import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { csvField, formatStatsCsv, type StatsCsvLabels } from '../../../../src/domain/stats-csv.ts';
import { publishReport } from '../../../../src/domain/stats-publish.ts';
import { computeStats } from '../../../../src/domain/stats.ts';
import { encodeCsv, toCp932Forms } from '../../../../src/ui/stats/csv-encode.ts';
import { makeCase } from '../../../fixtures/records.ts';

const labels: StatsCsvLabels = {
  title: 'つなぐ 統計（実態把握）', asOf: '基準日', scope: '範囲', legend: '<3 は1〜2人、x は差し引き防止の秘匿',
  municipalityHeader: '市区町村', totalRow: '合計', rowTotalHeader: () => '計',
  figure: (id) => `図表 ${id}`, column: (_, key) => key, municipality: (code) => (code === '142018' ? '横須賀市' : code),
};

function sampleCsv(): string {
  const cases = Array.from({ length: 7 }, (_, i) => makeCase({ birthDate: `201${i}-04-02`, livingSituation: i < 2 ? 'hospital' : 'home' }));
  const report = publishReport(computeStats({ cases, visits: [], asOf: '2026-05-10', unmetNeeds: { columns: [], findAll: () => new Map() } }));
  return formatStatsCsv(report, ['living', 'ageBands'], labels);
}

describe('formatStatsCsv', () => {
  it('writes each figure with its municipality rows, totals and suppressed cells', () => {
    const lines = sampleCsv().split('\r\n');
    expect(lines[0]).toBe('つなぐ 統計（実態把握）');
    expect(lines[1]).toBe('基準日,2026-05-10');
    expect(lines[2]).toBe('範囲,横須賀市');
    expect(lines).toContain('市区町村,home,hospital,facility,計');
    // 5 at home would give back the 2 in hospital by subtraction from the 7: it is hidden too.
    expect(lines).toContain('横須賀市,x,<3,0,7');
    expect(lines).toContain('合計,x,<3,0,7');
  });

  it('quotes commas and quotes and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });
});

describe('encodeCsv', () => {
  it('round-trips through UTF-8 with a BOM', async () => {
    const text = sampleCsv();
    const bytes = await encodeCsv(text, 'utf8-bom');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)).toBe(text);
  });

  it('round-trips through Shift_JIS', async () => {
    const text = sampleCsv();
    const bytes = await encodeCsv(text, 'shift-jis');
    expect(Encoding.detect(bytes)).toBe('SJIS');
    // 〜 comes back as ～, the form Excel on Windows shows; everything else exactly.
    expect(text).toContain('〜');
    expect(Encoding.convert(bytes, { to: 'UNICODE', from: 'SJIS', type: 'string' })).toBe(toCp932Forms(text));
    expect(new TextDecoder('shift_jis').decode(bytes)).toBe(toCp932Forms(text));
    expect(toCp932Forms(text).replace(/～/g, '〜')).toBe(text);
  });
});
