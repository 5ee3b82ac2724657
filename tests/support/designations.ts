import type { DesignationInput } from '../../shared/model';

/** A complete, valid designation to create or edit in tests. */
export function sampleDesignation(overrides: Partial<DesignationInput> = {}): DesignationInput {
  return {
    code: 'TST',
    issuer: 'The Institutes',
    officialName: 'Test designation',
    explanatoryName: { nb: 'Prøvesertifisering for æøå', en: '' },
    summary: { nb: 'Kort sammendrag.', en: 'Short summary.' },
    focusArea: 'claims',
    status: 'offered',
    lastVerified: '2020-07',
    caution: { nb: '', en: '' },
    durationMonths: { min: 6, max: 12 },
    deliveryNotes: { nb: '', en: '' },
    certificateOfCompletion: null,
    courses: [{ code: 'TST 1', title: { nb: 'Grunnkurs', en: 'Basics' }, kind: 'core' }],
    relations: [{ kind: 'credit', target: 'CPCU' }],
    sources: { nb: 'Skrevet for en test.', en: 'Written for a test.' },
    ...overrides,
  };
}
