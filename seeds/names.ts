/** Fictional names, contacts and addresses built from the pools in vocab.ts. */
import type { Random } from './random.ts';
import { capitalize } from './text.ts';
import {
  brandSyllables,
  companySuffixes,
  contactRoles,
  givenNames,
  placeHeads,
  placeTails,
  slugify,
  streets,
  toText,
  surnames,
  type Term,
  type Text,
} from './vocab.ts';

/** Joins pinyin syllables the way place names are spelt: Yong'an, not Yongan (which reads Yon-gan). */
function joinPinyin(first: string, second: string): string {
  const needsApostrophe = /^[aoe]/.test(second);
  return capitalize(first) + (needsApostrophe ? "'" : '') + second;
}

/**
 * Hands out two-syllable place names (江州, 永安 …) without repeats, so every region id made from
 * a name is unique. The pool has about 2,000 names; the generator needs at most a few hundred.
 */
export function createPlaceNames(random: Random): () => Term {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const head = random.pick(placeHeads);
      const tail = random.pick(placeTails);
      const zh = head.zh + tail.zh;
      const en = joinPinyin(head.pinyin, tail.pinyin);
      if (head.zh === tail.zh || used.has(zh) || used.has(slugify(en))) continue;
      used.add(zh);
      used.add(slugify(en));
      return { zh, en, slug: slugify(en) };
    }
    throw new Error('ran out of place names');
  };
}

/** Makes ids unique by adding -2, -3 … to repeats. */
export function createIdRegistry(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`;
    used.add(id);
    return id;
  };
}

export function personName(random: Random): Text {
  const surname = random.pick(surnames);
  const given = random.pick(givenNames);
  return { zh: surname.zh + given.zh, en: `${surname.pinyin} ${given.pinyin}` };
}

/** "华通医药设备有限公司" / "Huatong Pharmaceutical Equipment Co., Ltd.". */
export function enterpriseName(random: Random, trades: readonly Term[], listed = false): Text {
  const [first, second] = random.sample(brandSyllables, 2);
  const brand = { zh: first.zh + second.zh, en: capitalize(first.pinyin) + second.pinyin };
  const trade = random.pick(trades);
  const suffix = listed ? companySuffixes[1] : random.pick(companySuffixes.filter((item) => item !== companySuffixes[1]));
  // "科技有限公司" after a trade that already ends in 科技 would read 生物科技科技有限公司.
  const safeSuffix = trade.zh.endsWith('科技') && suffix === companySuffixes[3] ? companySuffixes[0] : suffix;
  return {
    zh: `${brand.zh}${trade.zh}${safeSuffix.zh}`,
    en: `${brand.en} ${trade.en} ${safeSuffix.en}`,
  };
}

/** A landline in the city's area code, written the way Chinese cards print it: 0431-8000 1234. */
export function phoneNumber(random: Random, areaCode: string): string {
  const line = `${random.int(6000, 8999)} ${String(random.int(0, 9999)).padStart(4, '0')}`;
  // A few are written in international form, which the schema also accepts.
  return random.chance(0.1) ? `+86 ${areaCode.slice(1)} ${line}` : `${areaCode}-${line}`;
}

/** Every address is on the reserved example.cn domain, so no generated mail can reach anyone. */
export function emailAddress(localPart: string): string {
  return `${slugify(localPart).replaceAll('-', '.')}@example.cn`;
}

export function streetAddress(random: Random, place: Text): Text {
  const street = random.pick(streets);
  const number = random.int(1, 2999);
  return { zh: `${place.zh}${street.zh}${number}号`, en: `${number} ${street.en}, ${place.en}` };
}

export interface ContactOptions {
  organization: Text;
  areaCode: string;
  emailPrefix: string;
  /** A named desk (招商服务热线) rather than a person. */
  desk?: Text;
  address?: Text;
}

/** A contact as the schema wants it: name, role, organisation and a phone and/or e-mail. */
export function contactFor(random: Random, options: ContactOptions) {
  const person = options.desk === undefined;
  const name = options.desk ?? personName(random);
  const role = person ? random.pick(contactRoles) : undefined;
  const hasPhone = random.chance(0.9);
  const email = emailAddress(person ? `${name.en}.${options.emailPrefix}` : options.emailPrefix);
  return {
    name,
    ...(role ? { role: toText(role) } : {}),
    organization: options.organization,
    ...(hasPhone ? { phone: phoneNumber(random, options.areaCode) } : {}),
    // Without a phone the e-mail is required; otherwise most contacts still give one.
    ...(!hasPhone || random.chance(0.8) ? { email } : {}),
    ...(options.address ? { address: options.address } : {}),
  };
}
