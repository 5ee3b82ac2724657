import {
  codeKey,
  type Designation,
  type DesignationInput,
  type LocalizedText,
  type Relation,
  type Snapshot,
  type Status,
} from '../../../shared/model';
import { SEED_DESIGNATIONS } from '../seed';
import { fingerprint, legacyContent, PREVIOUS_SEED, type LegacyFields } from './previous-seed';

/**
 * Designations from before schema 4 had a bilingual `name` and one `sourceNotes` text.
 * They still arrive: in catalogs opened for the first time since, in their history
 * (snapshots are stored as they were), and in files exported by an earlier version.
 */
export type LegacyDesignation = LegacyFields & {
  relations: Relation[];
  createdAt?: string;
  updatedAt?: string;
};
export type UpgradedDesignation = DesignationInput & { createdAt?: string; updatedAt?: string };

/** The issuer of everything the app held before issuers were recorded. */
const LEGACY_ISSUER = 'The Institutes';

export const isLegacyShape = (d: unknown): boolean =>
  typeof d === 'object' && d !== null && 'name' in d && !('officialName' in d);

const seedByKey = new Map(SEED_DESIGNATIONS.map((d) => [codeKey(d.code), d]));
const previousByKey = new Map(Object.entries(PREVIOUS_SEED).map(([c, p]) => [codeKey(c), p]));

/**
 * The one upgrade of a legacy designation, field by field:
 * - a name the user wrote (not the seed's) stays theirs: the English one becomes the official
 *   name (the Norwegian one where English is empty), the Norwegian one the explanatory name;
 * - a name or sources text that is still the seed's takes the current seed's instead;
 * - sources the user wrote stand in both languages, as the one text did before;
 * - issuer, last verified and caution, which did not exist, come from the current seed;
 * - every other field stays exactly as it was.
 */
export function upgradeDesignation(old: LegacyDesignation): UpgradedDesignation {
  const { name: legacyName, sourceNotes: legacySources, ...rest } = old;
  const name: LocalizedText = { nb: legacyName?.nb ?? '', en: legacyName?.en ?? '' };
  const sourceNotes = legacySources ?? '';
  const seed = seedByKey.get(codeKey(old.code));
  const previous = previousByKey.get(codeKey(old.code));
  const seedWrote = (field: 'nameEn' | 'nameNb' | 'sourceNotes', value: string) =>
    seed !== undefined && previous?.[field] === fingerprint(value);
  const officialName =
    seed && seedWrote('nameEn', name.en) ? seed.officialName : name.en.trim() ? name.en : name.nb;
  const explanatoryNb =
    seed && seedWrote('nameNb', name.nb)
      ? seed.explanatoryName.nb
      : name.nb.trim() === officialName.trim()
        ? ''
        : name.nb;
  return {
    ...rest,
    status: rest.status as Status,
    focusArea: rest.focusArea as DesignationInput['focusArea'],
    issuer: seed?.issuer ?? LEGACY_ISSUER,
    officialName,
    explanatoryName: {
      nb: explanatoryNb,
      en: seed && seedWrote('nameEn', name.en) ? seed.explanatoryName.en : '',
    },
    lastVerified: seed?.lastVerified ?? null,
    caution: seed ? { ...seed.caution } : { nb: '', en: '' },
    sources:
      seed && seedWrote('sourceNotes', sourceNotes)
        ? { ...seed.sources }
        : { nb: sourceNotes, en: sourceNotes },
  };
}

/**
 * The current seed's entry for a legacy designation the user never changed: every field
 * still what the previous seed wrote, relations too (less those to designations since
 * deleted, which a delete removes without touching this one). Undefined otherwise.
 */
export function untouchedSeedEntry(
  old: LegacyDesignation,
  present: (code: string) => boolean,
): DesignationInput | undefined {
  const seed = seedByKey.get(codeKey(old.code));
  const previous = previousByKey.get(codeKey(old.code));
  if (!seed || !previous || fingerprint(legacyContent(old)) !== previous.content) return undefined;
  const expected = previous.relations
    .split(' ')
    .filter((r) => r && present(r.slice(r.indexOf(':') + 1)));
  const actual = old.relations.map((r) => `${r.kind}:${r.target}`);
  if (expected.join(' ') !== actual.join(' ')) return undefined;
  return { ...seed, code: old.code, relations: seed.relations.filter((r) => present(r.target)) };
}

/**
 * A legacy designation as the current catalog should hold it: the current seed's entry
 * (with the audit's corrections) where the user never changed it, else `upgradeDesignation`.
 * Used by the schema 4 migration and by imports of files in the legacy shape.
 */
export function upgradeWithCorrections(
  old: LegacyDesignation,
  present: (code: string) => boolean,
): UpgradedDesignation {
  const seed = untouchedSeedEntry(old, present);
  if (!seed) return upgradeDesignation(old);
  const { createdAt, updatedAt } = old;
  return {
    ...seed,
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
  };
}

/**
 * A history snapshot as the current model reads it. Snapshots are stored as they were
 * taken, so those from before schema 4 are upgraded here, on every read, field by field
 * (`upgradeDesignation`): the difference between two of them stays what the user changed,
 * and undoing puts back what was there, in today's shape.
 */
export function upgradeSnapshot(raw: unknown): Snapshot {
  const snapshot = raw as Snapshot;
  if (!isLegacyShape(snapshot?.designation)) return snapshot;
  const designation = upgradeDesignation(snapshot.designation as unknown as LegacyDesignation);
  return { ...snapshot, designation: designation as Designation };
}
