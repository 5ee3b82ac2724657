import { describe, expect, it } from 'vitest';
import { SEED_DESIGNATIONS } from '../../electron/services/seed';
import { YEAR_MONTH_PATTERN, type DesignationInput, type LocalizedText } from '../../shared/model';

// What a coordinator reads first must be as sure as its sources, and say where they are.
// The reference is ../shared/reference (designations-sources.md, seed-audit.md).

const seed = (code: string): DesignationInput => {
  const d = SEED_DESIGNATIONS.find((x) => x.code === code);
  if (!d) throw new Error(`${code} is not in the seed`);
  return d;
};
const texts = (d: DesignationInput): [string, LocalizedText][] => [
  ['explanatoryName', d.explanatoryName],
  ['summary', d.summary],
  ['caution', d.caution],
  ['deliveryNotes', d.deliveryNotes],
  ['sources', d.sources],
  ...d.courses.map((c, i): [string, LocalizedText] => [`courses.${i}`, c.title]),
];

describe('every seeded designation', () => {
  it.each(SEED_DESIGNATIONS.map((d) => [d.code, d] as const))(
    '%s has an official name, an issuer and a last-verified month, or says why not',
    (_, d) => {
      expect(d.officialName.trim()).not.toBe('');
      expect(d.issuer).toBe('The Institutes');
      if (d.lastVerified === null) {
        // The reason is shown to the reader, in both languages.
        expect(d.caution.en).toContain('no dated source');
        expect(d.caution.nb).toContain('ingen datert kilde');
      } else expect(d.lastVerified).toMatch(YEAR_MONTH_PATTERN);
    },
  );

  it.each(SEED_DESIGNATIONS.map((d) => [d.code, d] as const))(
    '%s cites sources a reader can find, in both languages, and no internal notes',
    (_, d) => {
      expect(d.sources.en.trim()).not.toBe('');
      expect(d.sources.nb.split('\n')).toHaveLength(d.sources.en.split('\n').length);
      for (const [field, text] of texts(d)) {
        for (const value of [text.en, text.nb]) {
          for (const internal of [/investorswiki/i, /\.md\b/, /\bIW /, /spun/i]) {
            expect([field, internal.test(value)]).toEqual([field, false]);
          }
        }
      }
    },
  );

  it('keeps official names as proper nouns: no hybrid "Associate i …" or "betegnelse"', () => {
    for (const d of SEED_DESIGNATIONS) {
      for (const [field, text] of texts(d)) {
        expect([d.code, field, /associate i |betegnelse/i.test(text.nb)]).toEqual([
          d.code,
          field,
          false,
        ]);
      }
    }
    expect(seed('AIS').officialName).toBe('Associate in Insurance Services');
    expect(seed('AIS').explanatoryName.nb).toBe('Grunnleggende forsikringsfag');
  });
});

describe('the audit’s corrections are in the seed', () => {
  it('row 1: the entries seen only in the 2014–15 catalog are unconfirmed, with a caution', () => {
    const row1 = ['AIC-M', 'ARM-P', 'ARM-E', 'AU-M', 'AAI-M', 'AMIM', 'APA', 'ANFI', 'ARC'];
    for (const code of [...row1, 'AIT', 'WCCP']) {
      expect([code, seed(code).status, seed(code).lastVerified]).toEqual([
        code,
        'unconfirmed',
        '2014-09',
      ]);
      expect(seed(code).caution.en).toContain('Check with The Institutes');
    }
  });

  it('row 2: the ethics requirement wherever it applies (every programme since January 2011)', () => {
    expect(seed('AIS').courses.map((c) => c.kind)).toContain('ethics');
    expect(seed('AU-M').courses.map((c) => c.kind)).toContain('ethics');
    for (const code of ['AIC', 'AINS', 'API']) {
      expect(seed(code).deliveryNotes.en).toContain(
        'Since January 2011, every designation programme has included an ethics requirement.',
      );
      expect(seed(code).deliveryNotes.nb).toContain(
        'Siden januar 2011 har alle sertifiseringsprogrammer hatt et etikkrav.',
      );
    }
  });

  it('row 3: ALCM’s conflict is in its visible caution, no side chosen', () => {
    const alcm = seed('ALCM');
    expect(alcm.status).toBe('unconfirmed');
    expect(alcm.caution.en).toContain('The sources conflict on whether ALCM is still offered');
    expect(alcm.caution.nb).toContain('Kildene er uenige om ALCM fortsatt tilbys');
  });

  it('row 4: AU-M requires the AU courses, not the AU designation', () => {
    const aum = seed('AU-M');
    expect(aum.relations.filter((r) => r.kind === 'prerequisite')).toEqual([]);
    expect(aum.courses).toContainEqual({
      kind: 'prerequisite-programme',
      code: '',
      title: { en: 'The AU courses', nb: 'AU-kursene' },
    });
  });

  it('row 6: SPPA’s summary stays within its source (public adjusting)', () => {
    expect(seed('SPPA').summary.en).toBe('Public adjusting.');
    expect(seed('SPPA').summary.nb).not.toMatch(/forsikringstaker/);
  });

  it('row 7: ARM-E’s notes give the final essay test date, June 15, 2014', () => {
    expect(seed('ARM-E').deliveryNotes.en).toContain('gives June 15, 2014 as its final essay test');
    expect(seed('ARM-E').deliveryNotes.nb).toContain('15. juni 2014 som siste prøvedato');
  });

  it('row 8: AU is for underwriters and supervisors (and line managers, as the table says)', () => {
    expect(seed('AU').summary.en).toContain('underwriters and supervisors, line managers');
  });

  it('row 9: AIC was developed partly by NAIIA, its exam given by IIA', () => {
    const notes = seed('AIC').deliveryNotes;
    expect(notes.en).toContain('developed in part by NAIIA');
    expect(notes.en).toContain('administered by the Insurance Institute of America (IIA)');
    expect(notes.nb).toContain('delvis utviklet av NAIIA');
  });

  it('row 10: RIMS’ CRM builds on ARM 54, 55 and 56', () => {
    expect(seed('ARM').deliveryNotes.en).toContain(
      'RIMS’ CRM builds on The Institutes’ texts for ARM 54, 55 and 56',
    );
  });

  it('row 11: CPCU’s three concentration courses are required, one course is elective', () => {
    const cpcu = seed('CPCU').courses;
    expect(cpcu.find((c) => c.title.en.startsWith('Concentration'))!.kind).toBe('core');
    expect(cpcu.filter((c) => c.kind === 'elective')).toHaveLength(1);
  });

  it('row 12: AIAF’s ethics course carries no code borrowed from AU', () => {
    const ethics = seed('AIAF').courses.find((c) => c.kind === 'ethics')!;
    expect(ethics.code).toBe('');
    expect(ethics.title.en).toBe('Ethical Decision Making in Risk and Insurance');
  });

  it('AIS: the waiver list is open, “among others”, as its article says', () => {
    expect(seed('AIS').deliveryNotes.en).toContain('ARe, AIC and ARM, “among others”');
    expect(seed('AIS').deliveryNotes.nb).toContain('ARe, AIC og ARM, «blant andre»');
  });
});
