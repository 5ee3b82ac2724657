import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignationSummary } from '../../shared/model';
import { CatalogMap } from '../map/CatalogMap';
import { PlanView } from '../plan/PlanView';

/**
 * What the main area shows: the catalog (App's list beside the details), the study
 * plan, or the catalog map. A view is kept once opened, so coming back finds it as
 * it was left. A new main view is one line in VIEWS.
 */
export const MAIN_VIEWS = ['catalog', 'plan', 'map'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

export interface ViewContext {
  designations: DesignationSummary[];
  /** Shows a designation in the catalog view. */
  open: (code: string) => void;
}

const VIEWS: Record<Exclude<MainView, 'catalog'>, (c: ViewContext) => ReactNode> = {
  plan: (c) => <PlanView catalog={c.designations} onOpen={c.open} />,
  map: (c) => <CatalogMap catalog={c.designations} onOpen={c.open} />,
};

/** The view shown, switching back to the catalog whenever a designation is being edited. */
export function useMainView(editing: boolean) {
  const [view, setView] = useState<MainView>('catalog');
  const [wasEditing, setWasEditing] = useState(editing);
  if (editing !== wasEditing) {
    setWasEditing(editing);
    if (editing) setView('catalog');
  }
  return [view, setView] as const;
}

/** The plan and the map, each kept (hidden) once it has been opened. */
export function MainViews({ view, context }: { view: MainView; context: ViewContext }) {
  const [opened, setOpened] = useState<MainView[]>([]);
  if (view !== 'catalog' && !opened.includes(view)) setOpened([...opened, view]);
  return opened.map((v) => (
    <div key={v} id={`view-${v}`} className="main-view" hidden={v !== view}>
      {VIEWS[v as Exclude<MainView, 'catalog'>](context)}
    </div>
  ));
}

/** Catalog · Study plan · Map, in the toolbar; Ctrl+1, 2 and 3 from anywhere. */
export function ViewSwitch({
  view,
  onChange,
}: {
  view: MainView;
  onChange: (v: MainView) => void;
}) {
  const { t } = useTranslation('plan');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const index = Number(e.key) - 1;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && MAIN_VIEWS[index]) {
        e.preventDefault();
        onChange(MAIN_VIEWS[index]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onChange]);
  return (
    <nav className="view-switch" aria-label={t('views.label')}>
      {MAIN_VIEWS.map((v, i) => (
        <button
          key={v}
          type="button"
          aria-current={v === view ? 'page' : undefined}
          title={`${t(`views.${v}`)} (Ctrl+${i + 1})`}
          onClick={() => onChange(v)}
        >
          {t(`views.${v}`)}
        </button>
      ))}
    </nav>
  );
}
