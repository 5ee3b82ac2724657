import type {
  Course,
  CourseKind,
  DesignationInput,
  FocusArea,
  LocalizedText,
  Relation,
  Status,
} from '../../../shared/model';

/**
 * A seed entry: what the sources give. Anything they do not give stays empty ('' / null /
 * no rows); `complete` fills in the defaults.
 *
 * Facts: ../shared/reference/designations-sources.md (the authority) and the Norwegian AIS
 * article. Wording is ours; facts are not: every fact in an entry is cited in `sources`.
 */
export interface SeedEntry {
  /** As the sources write it: AIS, ARe, AU-M. */
  code: string;
  /** 'The Institutes' for all 28 (the default). */
  issuer?: string;
  /** Exactly as the issuer writes it, in English: 'Associate in Insurance Services'. */
  officialName: string;
  /**
   * What the programme covers, in plain words; '' where it adds nothing. nb: a natural
   * Norwegian description (never a hybrid such as "Associate i …"). en: usually '', since
   * the official name already is English.
   */
  explanatoryName?: LocalizedText;
  summary: LocalizedText;
  focusArea: FocusArea;
  /** 'unconfirmed': no source from 2018 or later confirms that it is offered. */
  status?: Status;
  /**
   * 'YYYY-MM': the year and month of the newest dated source that confirms the entry.
   * - The 2020 Registration Booklet, July 2020 update: '2020-07' (January 2020 update: '2020-01').
   * - Convention: a season-dated source counts from its first month, so the Fall 2014–Spring
   *   2015 catalog gives '2014-09'.
   * - Undated web copies (Investopedia articles and their copies) set no date on their own.
   * - null when no dated source confirms the entry at all (ALCM); its caution says so.
   */
  lastVerified: string | null;
  /** Shown to the user: what the sources disagree about or leave uncertain; '' if nothing. */
  caution?: LocalizedText;
  durationMonths?: { min: number | null; max: number | null };
  /** null: the sources do not say. */
  certificateOfCompletion?: boolean | null;
  deliveryNotes?: LocalizedText;
  courses?: Course[];
  relations?: Relation[];
  /** Citations a reader can find, one per line ('\n'-separated), in both languages. */
  sources: LocalizedText;
}

export const text = (en: string, nb: string): LocalizedText => ({ en, nb });
export const course = (kind: CourseKind, en: string, nb: string, code = ''): Course => ({
  kind,
  code,
  title: { en, nb },
});

const EMPTY = text('', '');

export function complete(entry: SeedEntry): DesignationInput {
  return {
    issuer: 'The Institutes',
    explanatoryName: EMPTY,
    status: 'offered',
    caution: EMPTY,
    durationMonths: { min: null, max: null },
    deliveryNotes: EMPTY,
    certificateOfCompletion: null,
    courses: [],
    relations: [],
    ...entry,
  };
}

/** Citations, one per line, in both languages. */
export const cite = (...lines: LocalizedText[]): LocalizedText => ({
  en: lines.map((l) => l.en).join('\n'),
  nb: lines.map((l) => l.nb).join('\n'),
});

/** An Investopedia article whose facts were read in a (reworded) copy of it. */
export const investopediaCopy = (title: string): LocalizedText =>
  text(
    `Investopedia, "${title}" (facts taken from a copy of this article)`,
    `Investopedia, «${title}» (opplysningene er hentet fra en kopi av artikkelen)`,
  );

/** Sources that several entries cite. */
export const SOURCE = {
  catalog2014: text(
    'The Institutes, "Professional Development Solutions", Fall 2014–Spring 2015 catalog (studylib.net/doc/8391789/designations---the-institutes)',
    'The Institutes, «Professional Development Solutions», katalog for høsten 2014–våren 2015 (studylib.net/doc/8391789/designations---the-institutes)',
  ),
  booklet2014: text(
    'The Institutes, "2014 Registration Booklet" (zh.scribd.com/document/253070999/2014-Registration-Booklet)',
    'The Institutes, «2014 Registration Booklet» (zh.scribd.com/document/253070999/2014-Registration-Booklet)',
  ),
  booklet2020: text(
    'The Institutes, "2020 Registration Booklet", July 2020 update (scribd.com/document/470135423/Exam-Registration-Booklet)',
    'The Institutes, «2020 Registration Booklet», oppdatert juli 2020 (scribd.com/document/470135423/Exam-Registration-Booklet)',
  ),
  /** The ethics requirement (since January 2011); AINS and the courses that count toward it. */
  institutesIns: text(
    'The Institutes, undated web page (theinstitutes.org/comet/programs/ins/ins.htm)',
    'The Institutes, udatert nettside (theinstitutes.org/comet/programs/ins/ins.htm)',
  ),
  investopediaCpcu: investopediaCopy('Chartered Property Casualty Underwriter (CPCU)'),
  investopediaAu: text(
    'Investopedia, "Associate in Commercial Underwriting (AU)", three versions; the older ones call it "Associate in Underwriting" (investopedia.com/terms/a/associate-in-underwriting.asp)',
    'Investopedia, «Associate in Commercial Underwriting (AU)», tre versjoner; de eldre kaller den «Associate in Underwriting» (investopedia.com/terms/a/associate-in-underwriting.asp)',
  ),
  investopediaAiaf: investopediaCopy('Associate in Insurance Accounting and Finance (AIAF)'),
};

/** The ethics requirement that every designation programme has had since January 2011. */
export const ETHICS_REQUIREMENT = course('ethics', 'Ethics requirement', 'Etikkrav');

/** For entries known from the 2014–15 catalog (and at most the 2014 booklet) only. */
export const NOT_CONFIRMED_SINCE_2014 = text(
  'The newest source that lists this designation is The Institutes’ Fall 2014–Spring 2015 catalog; no later source confirms that it is still offered. Check with The Institutes before recommending it.',
  'Den nyeste kilden som nevner denne sertifiseringen, er katalogen fra The Institutes for høsten 2014–våren 2015; ingen senere kilde bekrefter at den fortsatt tilbys. Forhør deg med The Institutes før du anbefaler den.',
);
