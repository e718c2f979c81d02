import { describe, expect, test } from 'vitest';
import { proseToText, renderProse } from '../../src/lib/prose.ts';

describe('staff Markdown', () => {
  test('renders the Markdown staff use: paragraphs, emphasis, lists, links', () => {
    const html = renderProse('建设 **两条** 生产线：\n\n- 一期 8.98亿元\n- 二期 16.24亿元\n\n[详情](https://example.org/a)');
    expect(html).toContain('<strong>两条</strong>');
    expect(html).toContain('<li>一期 8.98亿元</li>');
    expect(html).toContain('<a href="https://example.org/a">详情</a>');
  });

  test('raw HTML and script are shown as text, never executed', () => {
    const html = renderProse('hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<(script|img)\b/);
    expect(html).toContain('&lt;script&gt;');
  });

  test('javascript: links are removed', () => {
    const html = renderProse('[click](javascript:alert(1)) and <a href="javascript:alert(1)">x</a>');
    expect(html).not.toMatch(/<a[^>]+href="javascript:/);
    expect(html).toContain('<a>click</a>');
  });

  test('headings sit under the page headings', () => {
    expect(renderProse('# Title')).toBe('<h3>Title</h3>');
  });

  test('plain text for descriptions', () => {
    expect(proseToText('**a** & b')).toBe('a &amp; b');
  });
});
