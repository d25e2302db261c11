/** The renderer registry: one entry per output format. */
import type { Report } from '../report/model.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

export type Format = 'table' | 'markdown' | 'csv' | 'json' | 'html';
export const FORMATS: readonly Format[] = ['table', 'markdown', 'csv', 'json', 'html'];

export interface RenderOptions {
  colorLevel: 0 | 1 | 2 | 3;
}

export const RENDERERS: Record<Format, (report: Report, options: RenderOptions) => string> = {
  table: (r, o) => renderTable(r, { colorLevel: o.colorLevel }),
  markdown: (r) => renderMarkdown(r),
  csv: (r) => renderCsv(r),
  json: (r) => renderJson(r),
  html: (r) => renderHtml(r),
};
