import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BROWSE,
  filterDesignations,
  sortDesignations,
} from '../../renderer/catalog/browse';
import { SEED_DESIGNATIONS } from '../../electron/services/seed';
import { createI18n } from '../../shared/i18n';
import { summarize, translationGaps } from '../../shared/summary';
import { formatLastVerified, needsChecking } from '../../shared/verification';
import { sampleDesignation } from '../support/designations';

const at = '2020-01-01T00:00:00.000Z';
const summaries = SEED_DESIGNATIONS.map((d) => summarize({ ...d, createdAt: at, updatedAt: at }));

describe('needs checking', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it.each([
    ['offered', '2021-12', false],
    ['offered', '2021-11', false], // five years to the month
    ['offered', '2021-10', true],
    ['offered', null, true], // no dated source
    ['unconfirmed', '2026-11', true],
    ['retired', '2015-01', true],
  ] as const)('%s, last verified %s: %s', (status, lastVerified, expected) => {
    expect(needsChecking({ status, lastVerified }, 5, now)).toBe(expected);
  });

  it('filters the list with the years from Settings', () => {
    const options = { ...DEFAULT_BROWSE, needsChecking: true };
    const in2021 = new Date('2021-01-15T00:00:00Z');
    const recent = filterDesignations(summaries, options, { years: 5, now: in2021 });
    // In January 2021 only the unconfirmed and the undated need checking at five years…
    expect(recent.map((d) => d.code).sort()).toEqual(
      [
        'AIC-M',
        'ARM-P',
        'ARM-E',
        'AU-M',
        'AAI-M',
        'AMIM',
        'APA',
        'ANFI',
        'ARC',
        'AIT',
        'WCCP',
        'ALCM',
      ]
        .concat(['AIS', 'ARe', 'ASLI', 'AIM']) // last verified 2014-09: over five years
        .sort(),
    );
    // …and at ten years the offered ones from 2014 are recent enough.
    const tenYears = filterDesignations(summaries, options, { years: 10, now: in2021 });
    expect(tenYears.map((d) => d.code)).not.toContain('AIS');
    expect(tenYears.map((d) => d.code)).toContain('ALCM');
  });
});

describe('names in the list', () => {
  it('are found by the official or the explanatory name', () => {
    const find = (query: string) =>
      filterDesignations(summaries, { ...DEFAULT_BROWSE, query }).map((d) => d.code);
    expect(find('insurance services')).toEqual(['AIS']);
    expect(find('grunnleggende forsikringsfag')).toEqual(['AIS']);
    expect(find('flomforsikring')).toEqual(['ANFI']);
  });

  it('sort by official name, or by the explanatory name in the reader’s language', () => {
    const byOfficial = sortDesignations(summaries, 'name', 'nb').map((d) => d.officialName);
    expect(byOfficial[0]).toBe('Accredited Adviser in Insurance');
    const unexplained = summarize({
      ...sampleDesignation({
        code: 'ZZZ',
        officialName: 'Aaa',
        explanatoryName: { nb: '', en: '' },
      }),
      createdAt: at,
      updatedAt: at,
    });
    const byExplanation = sortDesignations([unexplained, ...summaries], 'explanatoryName', 'nb');
    expect(byExplanation.slice(0, 2).map((d) => d.explanatoryName.nb)).toEqual([
      'Bred sertifisering i skadeforsikring og risikostyring',
      'Dataanalyse i forsikring',
    ]);
    // Those with no explanatory name in the reader's language come last.
    expect(byExplanation.slice(-2).map((d) => d.code)).toEqual(['AFSB', 'ZZZ']);
  });
});

describe('the missing-translations count', () => {
  it('does not count an explanatory name written in one language only', () => {
    expect(
      translationGaps(sampleDesignation({ explanatoryName: { nb: 'Bare norsk', en: '' } })),
    ).toBe(0);
    expect(translationGaps(sampleDesignation({ caution: { nb: 'Bare norsk', en: '' } }))).toBe(1);
    expect(translationGaps(sampleDesignation({ sources: { nb: '', en: 'Only English' } }))).toBe(1);
    for (const d of summaries) expect([d.code, d.translationGaps]).toEqual([d.code, 0]);
  });
});

describe('last verified', () => {
  it('reads as a month in each language, or says there is no dated source', () => {
    const nb = createI18n('nb').t;
    const en = createI18n('en').t;
    expect(formatLastVerified('2020-07', nb, 'nb')).toBe('juli 2020');
    expect(formatLastVerified('2014-09', en, 'en')).toBe('September 2014');
    expect(formatLastVerified(null, nb, 'nb')).toBe('Ingen datert kilde');
    expect(formatLastVerified(null, en, 'en')).toBe('No dated source');
  });
});
