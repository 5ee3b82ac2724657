import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../shared/format';
import { createI18n, formatDateTime, pickLanguage } from '../../shared/i18n';

const LOCALES = join(__dirname, '..', '..', 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of every namespace as "namespace:dotted.key" → text. */
function leaves(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.json'))) {
    const walk = (node: unknown, prefix: string) => {
      if (typeof node === 'string') out.set(prefix, node);
      else
        for (const [k, v] of Object.entries(node as object))
          walk(v, prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`);
    };
    walk(
      JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')),
      `${file.replace('.json', '')}:`,
    );
  }
  return out;
}

const en = leaves('en');
const nb = leaves('nb');
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

describe('the locale files', () => {
  it('have the same namespaces in both languages', () => {
    expect(readdirSync(join(LOCALES, 'nb')).sort()).toEqual(
      readdirSync(join(LOCALES, 'en')).sort(),
    );
  });

  it('have the same keys in both languages', () => {
    expect([...nb.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('have no empty value', () => {
    const empty = [...en, ...nb].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same interpolation variables in each pair', () => {
    const differing = [...en.keys()].filter(
      (k) => nb.has(k) && variables(en.get(k)!).join() !== variables(nb.get(k)!).join(),
    );
    expect(differing).toEqual([]);
  });

  it('give both plural forms Bokmål and English use, and only those', () => {
    for (const map of [en, nb]) {
      const plurals = [...map.keys()].filter((k) => PLURAL.test(k));
      for (const key of plurals) {
        expect(key).toMatch(/_(one|other)$/); // nb and en have only "one" and "other" (0 is "other")
        const base = key.replace(PLURAL, '');
        expect([base, map.has(`${base}_one`), map.has(`${base}_other`)]).toEqual([
          base,
          true,
          true,
        ]);
        expect(variables(map.get(key)!)).toContain('count');
      }
    }
  });

  it('call a designation "sertifisering" in Bokmål, never "betegnelse" in any form', () => {
    // betegnelse, -n, -r, -ne, Betegnelseskatalog, fagbetegnelse …
    const old = [...nb].filter(([, text]) => /betegnels/i.test(text)).map(([key]) => key);
    expect(old).toEqual([]);
    expect(nb.get('common:appName')).toBe('Sertifiseringskatalog');
  });

  it('give every string that counts with {{count}} a singular and a plural form', () => {
    for (const map of [en, nb]) {
      const counting = [...map].filter(([, text]) => variables(text).includes('count'));
      const unpaired = counting
        .map(([key]) => key)
        .filter((key) => {
          const base = key.replace(PLURAL, '');
          return base === key || !map.has(`${base}_one`) || !map.has(`${base}_other`);
        });
      expect(unpaired).toEqual([]);
    }
  });

  it('are used for plurals as i18next expects: 0 and 2 are "other", 1 is "one"', () => {
    const t = createI18n('nb').t;
    expect(t('common:designationCount', { count: 0 })).toBe('0 sertifiseringer');
    expect(t('common:designationCount', { count: 1 })).toBe('1 sertifisering');
    expect(t('common:designationCount', { count: 2 })).toBe('2 sertifiseringer');
  });
});

describe('durations', () => {
  const months = (lng: 'nb' | 'en', min: number | null, max: number | null) =>
    formatDuration({ min, max }, createI18n(lng).t);

  it('count one month and several months in Norwegian', () => {
    expect(months('nb', 1, null)).toBe('minst 1 måned');
    expect(months('nb', 2, null)).toBe('minst 2 måneder');
    expect(months('nb', null, 1)).toBe('høyst 1 måned');
    expect(months('nb', null, 12)).toBe('høyst 12 måneder');
    expect(months('nb', 1, 1)).toBe('1 måned');
    expect(months('nb', 10, 25)).toBe('10–25 måneder');
  });

  it('count one month and several months in English', () => {
    expect(months('en', 1, null)).toBe('at least 1 month');
    expect(months('en', 2, null)).toBe('at least 2 months');
    expect(months('en', null, 1)).toBe('at most 1 month');
    expect(months('en', null, 12)).toBe('at most 12 months');
    expect(months('en', 1, 1)).toBe('1 month');
    expect(months('en', null, null)).toBe('Not stated');
  });
});

describe('a date with a time', () => {
  // Without a zone the time is local, so it reads 14:05 wherever the tests run.
  const at = '2025-11-30T14:05:00';

  it('reads "30. nov. 2025 kl. 14:05" in Norwegian: no comma to break the sentence', () => {
    expect(formatDateTime(at, 'nb')).toBe('30. nov. 2025 kl. 14:05');
  });

  it('reads "30 Nov 2025, 14:05" in English, as Intl writes it', () => {
    expect(formatDateTime(at, 'en')).toBe('30 Nov 2025, 14:05');
    expect(formatDateTime(at, 'en')).toBe(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(at),
      ),
    );
  });
});

describe('choosing the first language', () => {
  it.each([
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['nn', 'nb'],
    ['nn-NO', 'nb'],
    ['no', 'nb'],
    ['no_NO.UTF-8', 'nb'],
    ['en-GB', 'en'],
    ['en_US.UTF-8', 'en'],
    ['sv-SE', 'en'],
    ['da', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%j starts in %s', (locale, expected) => {
    expect(pickLanguage(locale)).toBe(expected);
  });
});
