/**
 * The running foot of every printed sheet: the page's address on the left and "page / pages" on
 * the right, drawn by the browser in the sheet's bottom margin (CSS page-margin boxes), so a sheet
 * separated from the rest — or bound into a brochure — still says where it came from.
 */

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/** The per-page print rule with the page's own address; a page carries it inline, allowed by its hash. */
export function printMarginCss(url: string): string {
  const box = 'font-size:7.5pt;color:#333;font-family:system-ui,sans-serif';
  return `@media print{@page{@bottom-left{content:${cssString(url)};${box}}@bottom-right{content:counter(page) " / " counter(pages);${box}}}}`;
}
