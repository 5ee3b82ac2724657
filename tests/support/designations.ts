import type { DesignationInput } from '../../shared/model';

/** A complete, valid designation to create or edit in tests. */
export function sampleDesignation(overrides: Partial<DesignationInput> = {}): DesignationInput {
  return {
    code: 'TST',
    name: { nb: 'Prøvebetegnelse for æøå', en: 'Test designation' },
    summary: { nb: 'Kort sammendrag.', en: 'Short summary.' },
    focusArea: 'claims',
    status: 'offered',
    durationMonths: { min: 6, max: 12 },
    deliveryNotes: { nb: '', en: '' },
    certificateOfCompletion: null,
    courses: [{ code: 'TST 1', title: { nb: 'Grunnkurs', en: 'Basics' }, kind: 'core' }],
    relations: [{ kind: 'credit', target: 'CPCU' }],
    sourceNotes: 'Written for a test.',
    ...overrides,
  };
}
