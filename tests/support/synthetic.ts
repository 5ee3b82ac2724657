import { FOCUS_AREAS, type DesignationInput } from '../../shared/model';

const letters = (n: number, width: number) => {
  let s = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 26))
    s = String.fromCharCode(65 + (n % 26)) + s;
  return s;
};

/** `count` made-up designations for load tests and benchmarks (codes SAAAA, SAAAB, …). */
export function syntheticDesignations(count: number): DesignationInput[] {
  return Array.from({ length: count }, (_, i) => {
    const code = `S${letters(i, 4)}`;
    return {
      code,
      issuer: 'The Institutes',
      officialName: `Synthetic designation ${i} in insurance`,
      explanatoryName: { nb: `Syntetisk sertifisering ${i} for forsikring og skade`, en: '' },
      summary: {
        nb: `Prøvedata nummer ${i}: risikostyring, skadebehandling og æøå.`,
        en: `Test data number ${i}: risk management and claims handling.`,
      },
      focusArea: FOCUS_AREAS[i % FOCUS_AREAS.length]!,
      status: i % 17 === 0 ? 'retired' : 'offered',
      lastVerified: i % 5 === 0 ? null : '2020-07',
      caution: { nb: '', en: '' },
      durationMonths: { min: 6 + (i % 12), max: 12 + (i % 24) },
      deliveryNotes: { nb: 'Selvstudium og eksamen.', en: 'Self-study and an exam.' },
      certificateOfCompletion: i % 3 === 0 ? null : i % 3 === 1,
      courses: [
        { code: `${code} 1`, kind: 'core', title: { nb: 'Grunnkurs', en: 'Foundations' } },
        { code: `${code} 2`, kind: 'ethics', title: { nb: 'Etikk', en: 'Ethics' } },
      ],
      relations: i > 0 ? [{ kind: 'credit', target: `S${letters(i - 1, 4)}` }] : [],
      sources: { nb: 'Syntetisk', en: 'Synthetic' },
    };
  });
}
