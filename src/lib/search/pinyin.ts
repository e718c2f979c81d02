/**
 * Pinyin spellings of Chinese place and company names, indexed with the Chinese pages so that a
 * reader who types "jiutai" or "Jiutai Qu" in the Chinese guide finds 九台区.
 */
import { pinyin } from 'pinyin-pro';

/** Administrative and zone suffixes, longest first: 九台区 is also known as plain 九台. */
const placeSuffixes = [
  '经济技术开发区',
  '高新技术产业开发区',
  '高新技术开发区',
  '经济开发区',
  '藏族自治州',
  '自治州',
  '自治县',
  '开发区',
  '高新区',
  '产业园',
  '工业园',
  '园区',
  '新区',
  '地区',
  '省',
  '市',
  '区',
  '县',
  '州',
  '园',
];

const han = /\p{Script=Han}/u;

/** The name without its administrative suffix, when something meaningful is left. */
export function placeNameStem(name: string): string {
  const trimmed = name.trim();
  for (const suffix of placeSuffixes) {
    if (trimmed.endsWith(suffix) && trimmed.length - suffix.length >= 2) return trimmed.slice(0, -suffix.length);
  }
  return trimmed;
}

/** Toneless syllables of the Han characters in `text`, other characters dropped; ü as typed: v. */
function syllables(text: string): string[] {
  const hanOnly = [...text].filter((character) => han.test(character)).join('');
  if (hanOnly === '') return [];
  return pinyin(hanOnly, { toneType: 'none', type: 'array', v: true });
}

/**
 * Every spelling a reader may type for `name`, lowercase: the whole name joined ("jiutaiqu"), the
 * name without its suffix ("jiutai") and the two apart ("jiutai qu"); ü both as v and as u
 * (吕梁: "lvliang", "luliang"). Empty when the name has no Chinese characters.
 */
export function pinyinSpellings(name: string): string[] {
  const whole = syllables(name);
  if (whole.length === 0) return [];
  const stem = syllables(placeNameStem(name));
  const forms = [whole.join(''), stem.join(''), `${stem.join('')} ${whole.slice(stem.length).join('')}`.trim()];
  return [...new Set(forms.flatMap((form) => [form, form.replace(/v/g, 'u')]))];
}
