/**
 * The renderer registry: one entry per output format. Each renderer (and its dependencies: chalk
 * and cli-table3 for table, csv-stringify for csv) is imported when a run asks for its format.
 */
import type { Report } from '../report/model.js';

export type Format = 'table' | 'markdown' | 'csv' | 'json' | 'html';
export const FORMATS: readonly Format[] = ['table', 'markdown', 'csv', 'json', 'html'];

export interface RenderOptions {
  colorLevel: 0 | 1 | 2 | 3;
  /** the terminal's width when writing to one (table format fits it); undefined for a pipe or file */
  width?: number | undefined;
}

export type Renderer = (report: Report, options: RenderOptions) => string;

const LOADERS: Record<Format, () => Promise<Renderer>> = {
  table: async () => {
    const { renderTable } = await import('./table.js');
    return (r, o) => renderTable(r, { colorLevel: o.colorLevel, width: o.width });
  },
  markdown: async () => {
    const { renderMarkdown } = await import('./markdown.js');
    return (r) => renderMarkdown(r);
  },
  csv: async () => {
    const { renderCsv } = await import('./csv.js');
    return (r) => renderCsv(r);
  },
  json: async () => {
    const { renderJson } = await import('./json.js');
    return (r) => renderJson(r);
  },
  html: async () => {
    const { renderHtml } = await import('./html.js');
    return (r) => renderHtml(r);
  },
};

/** The renderer of one format, loaded on first use. */
export function loadRenderer(format: Format): Promise<Renderer> {
  return LOADERS[format]();
}
