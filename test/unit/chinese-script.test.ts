import { describe, expect, test } from 'vitest';
import { toSimplified, traditionalConverter } from '../../src/lib/chinese-script/convert.ts';
import { simplifiedOnlyCharacters } from '../../src/lib/chinese-script/simplified-only.ts';

describe('Simplified → Traditional conversion', () => {
  test('converts phrase by phrase in the chosen standard', () => {
    const taiwan = traditionalConverter({ standard: 'tw' });
    expect(taiwan('甘肃金昌镍钴新材料产业')).toBe('甘肅金昌鎳鈷新材料產業');
    // Phrase-level: 干 becomes 幹 in 干部 but 乾 in 干燥; 后 stays 后 in 皇后.
    expect(taiwan('干部 干燥 皇后 之后')).toBe('幹部 乾燥 皇后 之後');
    // Taiwan's words only with twp; Hong Kong's characters with hk.
    expect(taiwan('信息')).toBe('信息');
    expect(traditionalConverter({ standard: 'twp' })('信息软件')).toBe('資訊軟體');
    expect(traditionalConverter({ standard: 'hk' })('九台区')).toBe('九台區');
  });

  test("the guide's override dictionary wins over OpenCC, and OpenCC still converts around it", () => {
    const plain = traditionalConverter({ standard: 'tw' });
    expect(plain('长春市九台区整理并发布了清单')).toBe('長春市九臺區整理併發布了清單');
    const corrected = traditionalConverter({ standard: 'tw', overrides: { 九台: '九台', 发布: '發布' } });
    expect(corrected('长春市九台区整理并发布了清单')).toBe('長春市九台區整理並發布了清單');
  });

  test('Chinese quotes become corner brackets; English quotes stay', () => {
    const convert = traditionalConverter({ standard: 'tw' });
    expect(convert('以“一区引领、双链驱动”推进，‘链主’在前')).toBe('以「一區引領、雙鏈驅動」推進，『鏈主』在前');
    expect(convert('the “Jiutai” model')).toBe('the “Jiutai” model');
  });

  test('the longest override wins where two overlap', () => {
    const convert = traditionalConverter({ standard: 'tw', overrides: { 九台: '九台', 九台经济开发区: '九台經濟技術開發區' } });
    expect(convert('九台经济开发区与九台区')).toBe('九台經濟技術開發區與九台區');
  });

  test('text without Chinese characters is returned as it is, and repeated text comes from the cache', () => {
    const convert = traditionalConverter({ standard: 'tw' });
    expect(convert('CNY 1.5 billion')).toBe('CNY 1.5 billion');
    const first = convert('投资促进中心');
    expect(convert('投资促进中心')).toBe(first);
    expect(first).toBe('投資促進中心');
  });

  test('Traditional text converts back to the Simplified it came from', () => {
    const convert = traditionalConverter({ standard: 'tw' });
    const simplified = '九台区生物医药装备产业链';
    expect(toSimplified(convert(simplified))).toBe(simplified);
  });
});

describe('Simplified-only characters', () => {
  test('finds characters no Traditional text uses', () => {
    expect(simplifiedOnlyCharacters('九台区发布镍钴')).toEqual(['区', '发', '镍', '钴']);
  });

  test('does not count characters Traditional Chinese writes too, nor the forms the chosen standard prefers', () => {
    expect(simplifiedOnlyCharacters('九台區 公里 幹部 皇后 只有 面積 雲')).toEqual([]);
    // Taiwan writes 床 and 群 where OpenCC's own Traditional has 牀 and 羣; Hong Kong writes 温 and 户.
    expect(simplifiedOnlyCharacters('床 群', 'tw')).toEqual([]);
    expect(simplifiedOnlyCharacters('温 户', 'hk')).toEqual([]);
    expect(simplifiedOnlyCharacters('温 户', 'tw')).toEqual(['温', '户']);
  });
});
