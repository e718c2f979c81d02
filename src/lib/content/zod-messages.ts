/**
 * Bilingual wording of schema violations. Custom messages written with `bi()` in the schemas
 * take precedence; this map words zod's own checks for staff rather than for programmers.
 */
import { z } from 'astro/zod';
import { bi } from './bilingual.ts';

const typeNames: Record<string, [string, string]> = {
  string: ['文本', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['true 或 false', 'true or false'],
  object: ['键值对象（字段: 值）', 'a mapping (field: value)'],
  array: ['列表（- 项目）', 'a list (- item)'],
  null: ['空值', 'empty'],
  undefined: ['空', 'nothing'],
};

function typeName(type: string, language: 0 | 1): string {
  return typeNames[type]?.[language] ?? type;
}

/** The type of a YAML value as staff think of it. */
function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

const zhDefault = z.locales.zhCN().localeError;
const enDefault = z.locales.en().localeError;

function fallback(issue: z.core.$ZodRawIssue): string {
  const messageOf = (result: ReturnType<typeof zhDefault>) =>
    typeof result === 'string' ? result : (result?.message ?? '');
  return bi(messageOf(zhDefault(issue)), messageOf(enDefault(issue)));
}

export const bilingualErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return bi('缺少必填字段', 'required field is missing');
      // `field:` with nothing after it, as a new entry's template leaves required fields.
      if (issue.input === null) return bi('必填，尚未填写', 'required, not filled in yet');
      const got = receivedType(issue.input);
      return bi(
        `应为${typeName(issue.expected, 0)}，实际是${typeName(got, 0)} ${JSON.stringify(issue.input)}`.trimEnd(),
        `must be ${typeName(issue.expected, 1)}, got ${typeName(got, 1)} ${JSON.stringify(issue.input)}`.trimEnd(),
      );
    }
    case 'too_small': {
      const minimum = String(issue.minimum);
      if (issue.origin === 'string') return bi('不能为空', 'must not be empty');
      if (issue.origin === 'array') return bi(`至少需要 ${minimum} 项`, `needs at least ${minimum} item(s)`);
      return issue.inclusive
        ? bi(`不能小于 ${minimum}，实际是 ${String(issue.input)}`, `must be at least ${minimum}, got ${String(issue.input)}`)
        : bi(`应大于 ${minimum}，实际是 ${String(issue.input)}`, `must be more than ${minimum}, got ${String(issue.input)}`);
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      if (issue.origin === 'array') return bi(`最多 ${maximum} 项`, `at most ${maximum} item(s)`);
      return bi(`不能大于 ${maximum}，实际是 ${String(issue.input)}`, `must be at most ${maximum}, got ${String(issue.input)}`);
    }
    case 'invalid_format':
      if (issue.format === 'url') return bi('应为以 http:// 或 https:// 开头的网址', 'must be a web address starting with http:// or https://');
      if (issue.format === 'email') return bi('邮箱地址格式不对', 'not an e-mail address');
      return fallback(issue);
    case 'unrecognized_keys': {
      // `{ en: Co., Ltd. }` splits at the comma: the rest becomes a "field".
      const looksLikeText = issue.keys.some((key) => /\s|^\d|\.$/.test(key));
      return looksLikeText
        ? bi(
            `未知字段 ${issue.keys.join('、')}：文本里的逗号把它截断了，请给含逗号的文本加引号，如 en: "Co., Ltd."`,
            `unknown field ${issue.keys.join(', ')}: a comma cut the text short; quote text that contains commas, e.g. en: "Co., Ltd."`,
          )
        : bi(
            `未知字段 ${issue.keys.join('、')}（拼写错误？字段名区分大小写）`,
            `unknown field ${issue.keys.join(', ')} (a typo? field names are case-sensitive)`,
          );
    }
    case 'invalid_union':
      return bi('不符合允许的任何一种写法', 'does not match any allowed form');
    default:
      return fallback(issue);
  }
};
