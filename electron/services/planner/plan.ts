import { CatalogError } from '../../../shared/errors';
import { codeKey, type Course, type Designation } from '../../../shared/model';
import {
  COURSE_ORDER,
  type CreditNote,
  type Plan,
  type PlannedCourse,
  type PlanRequest,
  type PlanStep,
} from '../../../shared/plan';

/** The facts the planner reads: codes, status, durations, courses and relations. Names never. */
export type PlannerEntry = Pick<
  Designation,
  'code' | 'status' | 'durationMonths' | 'courses' | 'relations'
>;

const byCode = (a: string, b: string) =>
  codeKey(a) < codeKey(b) ? -1 : codeKey(a) > codeKey(b) ? 1 : 0;

/** "Delivering  insurance services " and "delivering insurance services" are the same course. */
const normalise = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

interface Found {
  /** Steps that list it as a prerequisite. */
  requiredBy: Set<string>;
  /** Held designations that excuse it for some step that needs it. */
  waivedBy: Set<string>;
  /** Some step that needs it does not excuse it. */
  required: boolean;
}

/**
 * What a person still needs for `target`, given what she holds and the courses she has passed.
 * Pure: the catalog comes in as data. Prerequisites are followed to any depth; loops in the
 * data are followed once and reported; the order of the holdings makes no difference.
 */
export function planStudy(catalog: readonly PlannerEntry[], request: PlanRequest): Plan {
  const index = new Map(catalog.map((d) => [codeKey(d.code), d]));
  const unknown = [request.target, ...request.holds]
    .filter((c) => !index.has(codeKey(c)))
    .sort(byCode);
  if (unknown.length)
    throw new CatalogError('NOT_FOUND', { code: [...new Set(unknown)].join(', ') });
  const entry = (code: string) => index.get(codeKey(code))!;
  const target = entry(request.target);
  const held = new Set(request.holds.map(codeKey));
  const isHeld = (code: string) => held.has(codeKey(code));
  const known = (code: string) => index.has(codeKey(code));
  const relationTargets = (d: PlannerEntry, kind: string) =>
    d.relations.filter((r) => r.kind === kind && known(r.target)).map((r) => entry(r.target).code);
  /** Held designations that excuse `d`'s prerequisites (programmes and designations alike). */
  const heldWaivers = (d: PlannerEntry) => relationTargets(d, 'waiver').filter(isHeld).sort(byCode);

  // Depth first from the target through prerequisites of what is still required, without
  // recursion (chains may be long) and without entering a step twice (data may loop).
  const found = new Map<string, Found>();
  const info = (code: string) => {
    let f = found.get(codeKey(code));
    if (!f)
      found.set(
        codeKey(code),
        (f = { requiredBy: new Set(), waivedBy: new Set(), required: false }),
      );
    return f;
  };
  const postOrder: PlannerEntry[] = [];
  const cycles: string[][] = [];
  const done = new Set<string>();
  if (!isHeld(target.code)) {
    const stack: { d: PlannerEntry; next: number; prerequisites: string[] }[] = [];
    const onPath = new Set<string>();
    const enter = (d: PlannerEntry) => {
      onPath.add(codeKey(d.code));
      const waivers = heldWaivers(d);
      const prerequisites = relationTargets(d, 'prerequisite');
      for (const p of prerequisites) {
        const f = info(p);
        f.requiredBy.add(d.code);
        if (waivers.length) waivers.forEach((w) => f.waivedBy.add(w));
        else if (!isHeld(p)) f.required = true;
      }
      // Only prerequisites this step does not excuse, and that are not held, are followed.
      stack.push({
        d,
        next: 0,
        prerequisites: waivers.length ? [] : prerequisites.filter((p) => !isHeld(p)),
      });
    };
    enter(target);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const p = top.prerequisites[top.next++];
      if (p === undefined) {
        stack.pop();
        onPath.delete(codeKey(top.d.code));
        done.add(codeKey(top.d.code));
        postOrder.push(top.d);
      } else if (onPath.has(codeKey(p))) {
        const from = stack.findIndex((s) => codeKey(s.d.code) === codeKey(p));
        cycles.push([...stack.slice(from).map((s) => s.d.code), entry(p).code]);
      } else if (!done.has(codeKey(p))) enter(entry(p));
    }
  }

  const passed = request.passed.map((p) => ({ given: p, key: normalise(p), used: false }));
  const courseState = (c: Course, waivers: string[]): PlannedCourse => {
    if (c.kind === 'prerequisite-programme' && waivers.length)
      return { ...c, state: 'waived', waivedBy: waivers };
    const keys = [c.code, c.title.nb, c.title.en].filter((s) => s.trim()).map(normalise);
    const match = passed.filter((p) => keys.includes(p.key));
    match.forEach((p) => (p.used = true));
    return { ...c, state: match.length ? 'passed' : 'remaining', waivedBy: [] };
  };
  const ordered = (courses: Course[]) =>
    COURSE_ORDER.flatMap((kind) => courses.filter((c) => c.kind === kind));

  const step = (d: PlannerEntry, state: PlanStep['state']): PlanStep => {
    const f = found.get(codeKey(d.code));
    const waivers = heldWaivers(d);
    return {
      code: d.code,
      role: d === target ? 'target' : 'prerequisite',
      state,
      waivedBy: state === 'waived' ? [...(f?.waivedBy ?? [])].sort(byCode) : [],
      requiredBy: [...(f?.requiredBy ?? [])].sort(byCode),
      status: d.status,
      durationMonths: d.durationMonths,
      courses: state === 'required' ? ordered(d.courses).map((c) => courseState(c, waivers)) : [],
    };
  };
  const steps: PlanStep[] = [];
  const placed = new Set<string>();
  const place = (d: PlannerEntry, state: PlanStep['state']) => {
    if (placed.has(codeKey(d.code))) return;
    placed.add(codeKey(d.code));
    steps.push(step(d, state));
  };
  if (isHeld(target.code)) place(target, 'held');
  for (const d of postOrder) {
    // Prerequisites held or excused stand just before the first step that names them.
    for (const p of relationTargets(d, 'prerequisite')) {
      const f = found.get(codeKey(p));
      if (isHeld(p)) place(entry(p), 'held');
      else if (f && !done.has(codeKey(p))) place(entry(p), 'waived');
    }
    place(d, 'required');
  }

  const remaining = steps.filter((s) => s.state === 'required');
  return {
    target: target.code,
    holds: catalog
      .filter((d) => isHeld(d.code))
      .map((d) => d.code)
      .sort(byCode),
    steps,
    credits: creditNotes(
      remaining,
      catalog.filter((d) => isHeld(d.code)),
      entry,
    ),
    duration: sumDurations(remaining),
    next: [
      ...relationTargets(target, 'credit').map((code) => ({ code, kind: 'credit' as const })),
      ...catalog
        .filter((d) =>
          relationTargets(d, 'prerequisite').some((c) => codeKey(c) === codeKey(target.code)),
        )
        .map((d) => d.code)
        .sort(byCode)
        .map((code) => ({ code, kind: 'prerequisite' as const })),
    ],
    unmatchedPassed: passed.filter((p) => !p.used).map((p) => p.given),
    cycles,
  };
}

/** Held designations whose courses the catalog says give credit toward a step still to take. */
function creditNotes(
  remaining: PlanStep[],
  holdings: PlannerEntry[],
  entry: (code: string) => PlannerEntry,
): CreditNote[] {
  const notes: CreditNote[] = [];
  for (const s of remaining) {
    for (const h of [...holdings].sort((a, b) => byCode(a.code, b.code))) {
      if (!h.relations.some((r) => r.kind === 'credit' && codeKey(r.target) === codeKey(s.code)))
        continue;
      notes.push({
        from: h.code,
        toward: entry(s.code).code,
        courses: h.courses
          .filter((c) => c.kind !== 'prerequisite-programme')
          .map((c) => ({ code: c.code, title: c.title })),
      });
    }
  }
  return notes;
}

/** A range summed over the steps that state one; the others are named, not guessed. */
function sumDurations(remaining: PlanStep[]): Plan['duration'] {
  const counted = remaining.filter(
    (s) => s.durationMonths.min !== null && s.durationMonths.max !== null,
  );
  const countedSet = new Set(counted);
  const total = (bound: 'min' | 'max') =>
    counted.length ? counted.reduce((sum, s) => sum + s.durationMonths[bound]!, 0) : null;
  return {
    min: total('min'),
    max: total('max'),
    counted: counted.map((s) => s.code),
    notStated: remaining.filter((s) => !countedSet.has(s)).map((s) => s.code),
  };
}
