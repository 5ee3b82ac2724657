import type { TFunction } from 'i18next';
import { formatDuration } from '../../../../shared/format';
import { formatDate } from '../../../../shared/i18n';
import { explanationOf, pick } from '../../../../shared/localize';
import {
  codeKey,
  LANGUAGES,
  type Designation,
  type Language,
  type LocalizedText,
} from '../../../../shared/model';
import { formatLastVerified } from '../../../../shared/verification';
import { formatCertificate } from '../labels';
import type { ReportSink } from '../report-file';
import { owners, targets, text, type ReportContext } from '../report-rows';
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from './html-assets';

/**
 * The catalog as one self-contained web page for an intranet: both languages
 * (a switch shows one), search as you type, an anchor per designation, the
 * relations between designations as links, a print style, light and dark.
 * Every catalog text is escaped; the page loads nothing from anywhere.
 */
export interface HtmlCatalogOptions {
  designations: readonly Designation[];
  /** The words and relations in each language. */
  contexts: Record<Language, ReportContext>;
  /** The language the page opens in. */
  language: Language;
  organisation: string;
  generatedAt: Date;
  onProgress?: (done: number) => void;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The same words in both languages; CSS shows the chosen one. */
const both = (make: (lang: Language) => string) =>
  LANGUAGES.map((l) => `<span class="l-${l}" lang="${l}">${make(l)}</span>`).join('');
/** A label in both languages. */
const label = (o: HtmlCatalogOptions, key: string, options?: Record<string, unknown>) =>
  both((l) => escapeHtml(String(o.contexts[l].t(key, options as never))));
/** Catalog text in both languages; a missing translation borrows the other, marked with its lang. */
const localized = (value: LocalizedText) =>
  LANGUAGES.map((l) => {
    const { text: shown, translated } = pick(value, l);
    const lang = translated ? l : l === 'nb' ? 'en' : 'nb';
    return `<span class="l-${l}" lang="${lang}">${escapeHtml(shown)}</span>`;
  }).join('');

/** Codes as links to their designations on this page (plain text for those not on it). */
function codeLinks(codes: string[], o: HtmlCatalogOptions, onPage: Set<string>): string {
  if (!codes.length) return label(o, 'reports:none');
  return codes
    .map((c) =>
      onPage.has(codeKey(c))
        ? `<a href="#${escapeHtml(anchorOf(c))}">${escapeHtml(c)}</a>`
        : escapeHtml(c),
    )
    .join(', ');
}
const anchorOf = (code: string) => `d-${code}`;

function article(d: Designation, o: HtmlCatalogOptions, onPage: Set<string>): string {
  const nb = o.contexts.nb;
  const row = (key: string, value: string) =>
    `<dt>${label(o, `reports:column.${key}`)}</dt><dd>${value}</dd>`;
  const programmes = d.courses.filter((c) => c.kind === 'prerequisite-programme');
  const prerequisites = [
    targets(d, 'prerequisite').length || !programmes.length
      ? codeLinks(targets(d, 'prerequisite'), o, onPage)
      : '',
    ...programmes.map((c) => localized(c.title)),
  ]
    .filter(Boolean)
    .join('; ');
  const waived = targets(d, 'waiver');
  const section = (key: string, body: string) =>
    `<h3>${label(o, `reports:column.${key}`)}</h3>${body}`;
  const id = escapeHtml(anchorOf(d.code));
  return [
    `<article id="${id}" aria-labelledby="${id}-h">`,
    // The official name as the issuer writes it, in the issuer's language, in both views.
    `<h2 id="${id}-h"><a href="#${id}">${escapeHtml(d.code)}</a> – <span lang="${d.issuer === 'The Institutes' ? 'en' : o.language}">${escapeHtml(d.officialName)}</span></h2>`,
    d.explanatoryName.nb.trim() || d.explanatoryName.en.trim()
      ? `<p class="explanatory">${both((l) => escapeHtml(explanationOf(d, l)))}</p>`
      : '',
    text(d.summary, nb) || text(d.summary, o.contexts.en) ? `<p>${localized(d.summary)}</p>` : '',
    text(d.caution, nb) || text(d.caution, o.contexts.en)
      ? `<p class="caution"><strong>${label(o, 'reports:column.caution')}:</strong> ${localized(d.caution)}</p>`
      : '',
    '<dl>',
    row('issuer', escapeHtml(d.issuer)),
    row('focusArea', label(o, `catalog:focusArea.${d.focusArea}`)),
    row('status', label(o, `catalog:status.${d.status}`)),
    row(
      'lastVerified',
      both((l) => escapeHtml(formatLastVerified(d.lastVerified, o.contexts[l].t, l))),
    ),
    row(
      'duration',
      both((l) => escapeHtml(formatDuration(d.durationMonths, o.contexts[l].t))),
    ),
    row(
      'certificate',
      both((l) => escapeHtml(formatCertificate(d, o.contexts[l].t))),
    ),
    row('prerequisites', prerequisites),
    waived.length ? row('waivedFor', codeLinks(waived, o, onPage)) : '',
    row('creditToward', codeLinks(targets(d, 'credit'), o, onPage)),
    row('creditFrom', codeLinks(owners(d, 'credit', nb), o, onPage)),
    row('requiredBy', codeLinks(owners(d, 'prerequisite', nb), o, onPage)),
    '</dl>',
    text(d.deliveryNotes, nb) || text(d.deliveryNotes, o.contexts.en)
      ? section('delivery', `<p>${localized(d.deliveryNotes)}</p>`)
      : '',
    d.courses.length ? section('courses', courses(d, o)) : '',
    text(d.sources, nb) || text(d.sources, o.contexts.en)
      ? section('sources', `<p class="sources">${localized(d.sources)}</p>`)
      : '',
    '</article>\n',
  ].join('');
}

function courses(d: Designation, o: HtmlCatalogOptions): string {
  const head = ['kind', 'code', 'title']
    .map((k) => `<th scope="col">${label(o, `catalog:course.${k}`)}</th>`)
    .join('');
  const rows = d.courses
    .map(
      (c) =>
        `<tr><td>${label(o, `catalog:courseKind.${c.kind}`)}</td><td>${escapeHtml(c.code)}</td><td>${localized(c.title)}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Writes the page into `sink`, designation by designation. */
export function writeHtmlCatalog(o: HtmlCatalogOptions, sink: ReportSink): void {
  const total = o.designations.length;
  const onPage = new Set(o.designations.map((d) => codeKey(d.code)));
  const t = (l: Language): TFunction => o.contexts[l].t;
  const title = (l: Language) =>
    o.organisation
      ? `${t(l)('reports:html.title')} – ${o.organisation}`
      : t(l)('reports:html.title');
  const data = (l: Language) =>
    [
      `data-${l}-title="${escapeHtml(title(l))}"`,
      `data-${l}-all="${escapeHtml(t(l)('reports:html.all', { count: total }))}"`,
      `data-${l}-some="${escapeHtml(t(l)('reports:html.some', { count: total, shown: '{shown}' }))}"`,
    ].join(' ');
  sink.write(
    [
      '<!doctype html>\n',
      `<html lang="${o.language}" data-lang="${o.language}" ${data('nb')} ${data('en')}>\n<head>\n`,
      '<meta charset="utf-8">\n',
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
      `<meta name="generator" content="${escapeHtml(t(o.language)('reports:creator'))}">\n`,
      `<title>${escapeHtml(title(o.language))}</title>\n`,
      `<style>${STYLE}</style>\n</head>\n<body>\n`,
      `<a class="skip" href="#main">${label(o, 'reports:html.skip')}</a>\n`,
      '<header>\n',
      `<h1>${both((l) => escapeHtml(title(l)))}</h1>\n`,
      `<p class="meta">${both((l) => escapeHtml(`${t(l)('reports:generated', { date: formatDate(o.generatedAt.toISOString(), l) })} · ${t(l)('reports:count', { count: total })}`))}</p>\n`,
      '<div class="tools">\n',
      `<div><label for="search">${label(o, 'reports:html.search')}</label>`,
      '<input id="search" type="search" autocomplete="off" spellcheck="false"></div>\n',
      `<fieldset class="switch"><legend>${label(o, 'reports:html.language')}</legend>`,
      LANGUAGES.map(
        (l) =>
          `<button type="button" lang="${l}" data-set-lang="${l}" aria-pressed="${l === o.language}">${escapeHtml(t(l)(`common:language.${l}`))}</button>`,
      ).join(' '),
      '</fieldset>\n</div>\n',
      `<p id="matches" class="muted" role="status">${label(o, 'reports:html.all', { count: total })}</p>\n`,
      '</header>\n<main id="main" tabindex="-1">\n',
      `<p id="none" hidden>${label(o, 'reports:html.none')}</p>\n`,
    ].join(''),
  );
  o.designations.forEach((d, i) => {
    sink.write(article(d, o, onPage));
    o.onProgress?.(i + 1);
  });
  sink.write(`</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`);
}
