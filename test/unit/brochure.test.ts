import { describe, expect, test } from 'vitest';
import { firstInstalled, installedBrowser } from '../../src/lib/browsers.ts';
import { contentsPageNumbers, type OutlineItem } from '../../src/lib/brochure/contents.ts';
import { brochureFile, brochureList, brochurePage, brochuresRequested, pdfForBuiltPage } from '../../src/lib/brochure/plan.ts';
import { brochureSection } from '../../src/lib/brochure/sections.ts';

const item = (title: string, pageIndex: number, items: OutlineItem[] = []): OutlineItem => ({ title, pageIndex, items });

describe('which brochures a guide has', () => {
  test('one for the guide, then one per region and per chain, in every language', () => {
    const list = brochureList({ regions: [{ id: 'jiutai' }, { id: 'ganzi' }], chains: [{ id: 'biomedicine' }] }, ['zh', 'en']);
    expect(list.map((brochure) => brochure.file)).toEqual([
      '/brochures/zh/guide.pdf',
      '/brochures/zh/regions/jiutai.pdf',
      '/brochures/zh/regions/ganzi.pdf',
      '/brochures/zh/chains/biomedicine.pdf',
      '/brochures/en/guide.pdf',
      '/brochures/en/regions/jiutai.pdf',
      '/brochures/en/regions/ganzi.pdf',
      '/brochures/en/chains/biomedicine.pdf',
    ]);
    expect(list[1].page).toBe('/zh/brochure/regions/jiutai/');
  });

  test('addresses follow the guide’s base path', () => {
    expect(brochureFile('en', { kind: 'chain', id: 'dairy' }, '/atlas/')).toBe('/atlas/brochures/en/chains/dairy.pdf');
    expect(brochurePage('zh', { kind: 'guide' }, '/atlas')).toBe('/atlas/zh/brochure/guide/');
  });

  test('a region or chain brochure without an id is refused', () => {
    expect(() => brochureFile('zh', { kind: 'region' })).toThrow(/region's id/);
  });

  test('a built brochure page maps to its PDF; other pages, and Windows separators, are handled', () => {
    expect(pdfForBuiltPage('zh/brochure/regions/jiutai/index.html')).toBe('brochures/zh/regions/jiutai.pdf');
    expect(pdfForBuiltPage('en\\brochure\\guide\\index.html')).toBe('brochures/en/guide.pdf');
    expect(pdfForBuiltPage('zh/regions/jiutai/index.html')).toBeUndefined();
    expect(pdfForBuiltPage('zh/brochure/regions/index.html')).toBeUndefined();
  });

  test('only a build asked for brochures makes them', () => {
    expect(brochuresRequested({ ATLAS_BROCHURES: '1' })).toBe(true);
    expect(brochuresRequested({})).toBe(false);
    expect(brochuresRequested({ ATLAS_BROCHURES: '0' })).toBe(false);
  });

  test('section anchors are unique per entry', () => {
    expect(brochureSection('opportunity', 'Biologics CDMO', 'jiutai-cdmo').id).toBe('opportunity-jiutai-cdmo');
    expect(brochureSection('contacts', '投资联系人')).toEqual({ kind: 'contacts', id: 'contacts', title: '投资联系人' });
  });
});

describe('page numbers of the contents, from the printed bookmarks', () => {
  const outline = [
    item('长春九台经济开发区', 0, [
      item('目录', 1),
      item('区域概况', 2, [item('可供土地与载体', 3)]),
      item('生物医药产业链图谱', 4),
      item('Biologics CDMO Platform, Jiutai EconomicDevelopment Zone', 5, [item('项目联系人', 6)]),
      item('投资联系人', 7),
    ]),
  ];

  test('each line gets the page its heading is on, counted from 1', () => {
    const numbers = contentsPageNumbers(
      [
        { id: 'region', title: '区域概况' },
        { id: 'chain-map', title: '生物医药产业链图谱' },
        { id: 'opportunity', title: 'Biologics CDMO Platform, Jiutai Economic Development Zone' },
        { id: 'contacts', title: '投资联系人' },
      ],
      outline,
    );
    expect([...numbers]).toEqual([
      ['region', 3],
      ['chain-map', 5],
      ['opportunity', 6],
      ['contacts', 8],
    ]);
  });

  test('a heading that repeats is found after the previous line, not before it', () => {
    const repeated = [item('Contents', 1), item('Dairy', 2, [item('Policies', 3)]), item('Policies', 5)];
    const numbers = contentsPageNumbers([{ id: 'dairy', title: 'Dairy' }, { id: 'policies-after', title: 'Policies' }], repeated);
    expect(numbers.get('policies-after')).toBe(4);
    const later = contentsPageNumbers([{ id: 'a', title: 'Policies' }, { id: 'b', title: 'Policies' }], repeated);
    expect([...later.values()]).toEqual([4, 6]);
  });

  test('a line whose heading is not in the print is an error naming it', () => {
    expect(() => contentsPageNumbers([{ id: 'policies', title: '适用政策' }], outline)).toThrow(/适用政策.*#policies/);
  });
});

describe('the browser that prints', () => {
  const system = (...installed: string[]) => (file: string) => installed.includes(file);

  test('Linux: Debian’s chromium, else Chrome', () => {
    expect(installedBrowser('linux', {}, system('/usr/bin/chromium'))?.program).toBe('/usr/bin/chromium');
    expect(installedBrowser('linux', {}, system('/usr/bin/google-chrome'))?.name).toBe('Google Chrome');
    expect(installedBrowser('linux', {}, system())).toBeUndefined();
  });

  test('Windows: Edge where Windows puts it, under the machine’s Program Files', () => {
    const env = { 'ProgramFiles(x86)': 'D:\\Apps86' };
    expect(installedBrowser('win32', env, system('D:\\Apps86\\Microsoft\\Edge\\Application\\msedge.exe'))?.name).toBe('Microsoft Edge');
  });

  test('macOS: the app bundles; the first is the default to name when none is found', () => {
    expect(installedBrowser('darwin', {}, system('/Applications/Chromium.app/Contents/MacOS/Chromium'))?.name).toBe('Chromium');
    expect(firstInstalled([{ program: 'a' }, { program: 'b' }], undefined).program).toBe('a');
  });
});
