import type { Course, CourseKind, DesignationInput, LocalizedText } from '../../../shared/model';

/** A seed entry: the fields a source gives; everything else defaults to empty. */
export type SeedEntry = Pick<DesignationInput, 'code' | 'name' | 'summary' | 'focusArea'> &
  Partial<DesignationInput>;

export const text = (en: string, nb: string): LocalizedText => ({ en, nb });
export const course = (kind: CourseKind, en: string, nb: string, code = ''): Course => ({
  kind,
  code,
  title: { en, nb },
});

const EMPTY = text('', '');

export function complete(entry: SeedEntry): DesignationInput {
  return {
    status: 'offered',
    durationMonths: { min: null, max: null },
    deliveryNotes: EMPTY,
    certificateOfCompletion: null,
    courses: [],
    relations: [],
    sourceNotes: '',
    ...entry,
  };
}
