import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import {
  CourseKind,
  DesignationCode,
  Language,
  LocalizedText,
  RelationKind,
  Status,
} from './model';

/**
 * The name a person reads for a designation, in one place: the planner, the
 * plan view, the map and their exports all ask here. The official name is the
 * name in both languages (issue 15); the language only matters for the explanatory one.
 */
export const displayName = (d: { officialName: string }, _lang?: Language): string =>
  d.officialName;

/** What a search for a designation looks through: its code, official and explanatory names. */
export const searchableNames = (d: {
  code: string;
  officialName: string;
  explanatoryName: LocalizedText;
}): string => `${d.code} ${d.officialName} ${d.explanatoryName.nb} ${d.explanatoryName.en}`;

/** What a study plan is asked for: a target, what the person holds, courses already passed. */
export const PlanRequest = lazySchema(() =>
  z
    .object({
      target: DesignationCode,
      holds: z.array(DesignationCode).max(500),
      /** Course titles (either language) or course codes, as the person gives them. */
      passed: z.array(z.string().trim().min(1).max(300)).max(200),
    })
    .strict(),
);
export type PlanRequest = z.infer<typeof PlanRequest>;

const Months = lazySchema(() => z.number().int().nullable());
export const Duration = lazySchema(() => z.object({ min: Months, max: Months }));

export const PlannedCourse = lazySchema(() =>
  z.object({
    code: z.string(),
    title: LocalizedText,
    kind: CourseKind,
    /** remaining: still to take; passed: the person said so; waived: a held designation excuses it. */
    state: z.enum(['remaining', 'passed', 'waived']),
    /** For a waived prerequisite programme: the held designations that excuse it. */
    waivedBy: z.array(z.string()),
  }),
);
export type PlannedCourse = z.infer<typeof PlannedCourse>;

/** One designation on the way to the target (or the target itself). */
export const PlanStep = lazySchema(() =>
  z.object({
    code: z.string(),
    role: z.enum(['target', 'prerequisite']),
    /** held: the person has it; waived: every step that needs it excuses it; required: still to earn. */
    state: z.enum(['held', 'waived', 'required']),
    /** Held designations that excuse this prerequisite (state "waived"). */
    waivedBy: z.array(z.string()),
    /** The steps of the plan that list this one as a prerequisite. */
    requiredBy: z.array(z.string()),
    status: Status,
    durationMonths: Duration,
    /** Its courses, in the order to take them (prerequisite programme, core, elective, ethics). */
    courses: z.array(PlannedCourse),
  }),
);
export type PlanStep = z.infer<typeof PlanStep>;

/** Courses of a held designation the catalog says give credit toward a step: "may be credited". */
export const CreditNote = lazySchema(() =>
  z.object({
    from: z.string(),
    toward: z.string(),
    courses: z.array(z.object({ code: z.string(), title: LocalizedText })),
  }),
);
export type CreditNote = z.infer<typeof CreditNote>;

export const Plan = lazySchema(() =>
  z.object({
    target: z.string(),
    /** The holdings as catalog codes, in catalog order (the order they were given does not matter). */
    holds: z.array(z.string()),
    /** Prerequisites first, the target last. */
    steps: z.array(PlanStep),
    credits: z.array(CreditNote),
    /** The remaining steps' durations summed where the catalog states them (null: none stated). */
    duration: z.object({
      min: Months,
      max: Months,
      /** Remaining steps whose duration is stated as a range: the sum is over these. */
      counted: z.array(z.string()),
      /** Remaining steps with no stated range: not in the sum. */
      notStated: z.array(z.string()),
    }),
    /** What the target leads to: designations it gives credit toward, and those that require it. */
    next: z.array(z.object({ code: z.string(), kind: z.enum(['credit', 'prerequisite']) })),
    /** Passed courses that are not a course of any step still to take. */
    unmatchedPassed: z.array(z.string()),
    /** Prerequisite loops met in the data (each was followed once). */
    cycles: z.array(z.array(z.string())),
  }),
);
export type Plan = z.infer<typeof Plan>;

/** The order courses are taken in. */
export const COURSE_ORDER: readonly CourseKind[] = [
  'prerequisite-programme',
  'core',
  'elective',
  'ethics',
];

/** The details a plan printout may carry; never stored. */
export const PlanPrintout = lazySchema(() =>
  z
    .object({
      language: Language,
      person: z.string().trim().max(200),
      /** A date as the user typed it (yyyy-mm-dd from a date field), or empty. */
      date: z.string().trim().max(40),
    })
    .strict(),
);
export type PlanPrintout = z.infer<typeof PlanPrintout>;

// ---- The catalog map: laid out in the window, drawn again by the export. ----

const Coordinate = lazySchema(() => z.number().finite().min(-1e6).max(1e6));
export const MapNode = lazySchema(() =>
  z.object({
    code: DesignationCode,
    x: Coordinate,
    y: Coordinate,
    width: Coordinate,
    height: Coordinate,
  }),
);
export const MapEdge = lazySchema(() =>
  z.object({
    from: DesignationCode,
    to: DesignationCode,
    kind: RelationKind,
    /** The route from source to target, start and end included. */
    points: z
      .array(z.object({ x: Coordinate, y: Coordinate }))
      .min(2)
      .max(200),
  }),
);
export const MapGroup = lazySchema(() =>
  z.object({
    /** A focus area, or "" when the map is not grouped. */
    focusArea: z.string().max(40),
    x: Coordinate,
    y: Coordinate,
    width: Coordinate,
    height: Coordinate,
  }),
);
export const MapLayout = lazySchema(() =>
  z.object({
    width: Coordinate,
    height: Coordinate,
    nodes: z.array(MapNode).max(20_000),
    edges: z.array(MapEdge).max(100_000),
    groups: z.array(MapGroup).max(50),
  }),
);
export type MapLayout = z.infer<typeof MapLayout>;
export type MapNode = z.infer<typeof MapNode>;
export type MapEdge = z.infer<typeof MapEdge>;
export type MapGroup = z.infer<typeof MapGroup>;

/**
 * How each relation is drawn, the same on screen and in the exports: apart by
 * line pattern and arrow head (filled arrow, bar, open chevron), not only by colour.
 * Marker paths are in a 10 × 10 box whose tip is at (9, 5).
 */
export const EDGE_STYLE: Record<RelationKind, { dash: string; marker: string; filled: boolean }> = {
  prerequisite: { dash: '', marker: 'M0,0 L10,5 L0,10 z', filled: true },
  waiver: { dash: '8 5', marker: 'M8,0 L8,10', filled: false },
  credit: { dash: '2 4', marker: 'M0,0 L10,5 L0,10', filled: false },
};
