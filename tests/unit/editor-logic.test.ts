import { describe, expect, it } from 'vitest';
import { neighbourOf } from '../../renderer/app/selection';
import { emptyDraft, type Draft, type DraftCourse } from '../../renderer/editor/draft';
import { revertCourses, revertField } from '../../renderer/editor/formUndo';

describe('the selection after a designation has gone', () => {
  const shown = ['AIC', 'AIS', 'ANFI', 'APA', 'ARM'];
  const without = (...gone: string[]) => new Set(shown.filter((c) => !gone.includes(c)));

  it('moves to the one that took its place', () => {
    expect(neighbourOf('ANFI', shown, without('ANFI'))).toBe('APA');
  });

  it('moves to the one before when the last one went', () => {
    expect(neighbourOf('ARM', shown, without('ARM'))).toBe('APA');
  });

  it('skips neighbours that went too (an import, a batch undone)', () => {
    expect(neighbourOf('ANFI', shown, without('ANFI', 'APA', 'ARM'))).toBe('AIS');
  });

  it('is nothing when nothing is left, or when the one that went was not in the list', () => {
    expect(neighbourOf('AIS', ['AIS'], new Set())).toBeNull();
    expect(neighbourOf('ZZZ', shown, without())).toBeNull();
  });
});

describe('the form’s undo of a choice', () => {
  const row = (key: string, kind: DraftCourse['kind'], nb = ''): DraftCourse => ({
    key,
    kind,
    code: '',
    title: { nb, en: '' },
  });
  const withCourses = (courses: DraftCourse[]): Draft => ({ ...emptyDraft(), courses });

  it('puts a select back and leaves text typed since', () => {
    const revert = revertField('status', 'offered');
    const now = { ...emptyDraft(), status: 'retired' as const, summary: { nb: 'skrevet', en: '' } };
    expect(revert(now)).toEqual({ ...now, status: 'offered' });
  });

  it('puts a moved course back in its place, keeping what was typed in it since', () => {
    const before = [row('a', 'core', 'A'), row('b', 'core', 'B')];
    const after = [before[1]!, before[0]!];
    const typedSince = withCourses([row('b', 'core', 'B, edited'), row('a', 'core', 'A')]);
    expect(revertCourses(before, after)(typedSince).courses).toEqual([
      row('a', 'core', 'A'),
      row('b', 'core', 'B, edited'),
    ]);
  });

  it('takes back a kind chosen, an added row and a removed row', () => {
    const before = [row('a', 'core', 'A'), row('b', 'elective', 'B')];
    const kindChanged = [row('a', 'ethics', 'A'), before[1]!];
    expect(revertCourses(before, kindChanged)(withCourses(kindChanged)).courses).toEqual(before);
    const added = [...before, row('c', 'core')];
    expect(revertCourses(before, added)(withCourses(added)).courses).toEqual(before);
    const removed = [before[1]!];
    expect(revertCourses(before, removed)(withCourses(removed)).courses).toEqual(before);
  });
});
