import {
  type DesignationInput,
  type Course,
  type Designation,
  type FocusArea,
  type LocalizedText,
  type Relation,
  type Status,
} from '../../shared/model';

/** A course row in the form, with a stable key for React while rows move. */
export interface DraftCourse extends Course {
  key: string;
}

/** The form's state: what the user typed, before it is a valid designation. */
export interface Draft {
  code: string;
  issuer: string;
  officialName: string;
  explanatoryName: LocalizedText;
  summary: LocalizedText;
  focusArea: FocusArea;
  status: Status;
  /** 'YYYY-MM' as the month field gives it; '' for no dated source. */
  lastVerified: string;
  caution: LocalizedText;
  durationMin: string;
  durationMax: string;
  deliveryNotes: LocalizedText;
  certificate: 'yes' | 'no' | 'unknown';
  courses: DraftCourse[];
  relations: Relation[];
  sources: LocalizedText;
}

let nextKey = 0;
export const courseKey = () => `course-${++nextKey}`;

const blank = (): LocalizedText => ({ nb: '', en: '' });

export function emptyDraft(): Draft {
  return {
    code: '',
    // The catalog's own issuer; a coordinator adding another's credential changes it.
    issuer: 'The Institutes',
    officialName: '',
    explanatoryName: blank(),
    summary: blank(),
    focusArea: 'general-insurance',
    status: 'offered',
    lastVerified: '',
    caution: blank(),
    durationMin: '',
    durationMax: '',
    deliveryNotes: blank(),
    certificate: 'unknown',
    courses: [],
    relations: [],
    sources: blank(),
  };
}

export function toDraft(d: Designation | DesignationInput): Draft {
  return {
    code: d.code,
    issuer: d.issuer,
    officialName: d.officialName,
    explanatoryName: { ...d.explanatoryName },
    summary: { ...d.summary },
    focusArea: d.focusArea,
    status: d.status,
    lastVerified: d.lastVerified ?? '',
    caution: { ...d.caution },
    durationMin: d.durationMonths.min?.toString() ?? '',
    durationMax: d.durationMonths.max?.toString() ?? '',
    deliveryNotes: { ...d.deliveryNotes },
    certificate:
      d.certificateOfCompletion === null ? 'unknown' : d.certificateOfCompletion ? 'yes' : 'no',
    courses: d.courses.map((c) => ({ ...c, title: { ...c.title }, key: courseKey() })),
    relations: d.relations.map((r) => ({ ...r })),
    sources: { ...d.sources },
  };
}

const months = (s: string): number | null | typeof NaN =>
  s.trim() === '' ? null : /^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN;

/** The draft as the contract's input shape (possibly invalid: the schema decides). */
export function fromDraft(draft: Draft): DesignationInput {
  return {
    code: draft.code.trim(),
    issuer: draft.issuer,
    officialName: draft.officialName,
    explanatoryName: draft.explanatoryName,
    summary: draft.summary,
    focusArea: draft.focusArea,
    status: draft.status,
    lastVerified: draft.lastVerified.trim() || null,
    caution: draft.caution,
    durationMonths: { min: months(draft.durationMin), max: months(draft.durationMax) },
    deliveryNotes: draft.deliveryNotes,
    certificateOfCompletion: draft.certificate === 'unknown' ? null : draft.certificate === 'yes',
    courses: draft.courses.map(({ key: _key, ...c }) => c),
    relations: draft.relations,
    sources: draft.sources,
  };
}

/** Equal drafts mean nothing to save (course keys aside). */
export const sameDraft = (a: Draft, b: Draft): boolean =>
  JSON.stringify(fromDraft(a)) === JSON.stringify(fromDraft(b));
