import type { ReactNode } from 'react';
import type { DesignationSummary, Settings } from '../../shared/model';
import { AboutDialog } from '../about/AboutDialog';
import { BackupsDialog } from '../exchange/BackupsDialog';
import { ImportDialog } from '../exchange/ImportDialog';
import { OpenCatalogDialog } from '../exchange/OpenCatalogDialog';
import { HistoryDialog } from '../history/HistoryDialog';
import { ExportDialog } from '../reports/ExportDialog';
import { SettingsDialog } from '../settings/SettingsDialog';
import type { EditingSession } from './useEditingSession';

/** What a panel may use: the catalog as shown, the session, and ways to close or report. */
export interface PanelContext {
  designations: DesignationSummary[];
  shown: DesignationSummary[];
  settings: Settings;
  catalogPath: string;
  session: EditingSession;
  close: () => void;
  saveSettings: (patch: Partial<Settings>) => void;
  catalogOpened: (path: string) => void;
}

interface PanelDefinition {
  /** Opening it replaces what the catalog holds: unsaved input is asked about first. */
  guarded: boolean;
  render: (c: PanelContext) => ReactNode;
}

/** The views that open over the window, at most one at a time. A new view is one line here. */
export const PANELS = {
  settings: {
    guarded: false,
    render: (c) => (
      <SettingsDialog settings={c.settings} onSave={c.saveSettings} onClose={c.close} />
    ),
  },
  export: {
    guarded: false,
    render: (c) => (
      <ExportDialog
        shownCodes={c.shown.map((d) => d.code)}
        total={c.designations.length}
        onClose={c.close}
      />
    ),
  },
  history: {
    guarded: false,
    render: (c) => (
      <HistoryDialog
        existing={new Set(c.designations.map((d) => d.code))}
        version={c.session.version}
        onRestore={(d) => void c.session.restore(d)}
        onClose={c.close}
      />
    ),
  },
  import: {
    guarded: true,
    render: (c) => <ImportDialog onClose={c.close} onImported={() => void c.session.refresh()} />,
  },
  backups: {
    guarded: true,
    render: (c) => <BackupsDialog onClose={c.close} onRestored={() => void c.session.refresh()} />,
  },
  about: {
    guarded: false,
    render: (c) => <AboutDialog catalogPath={c.catalogPath} onClose={c.close} />,
  },
  open: {
    guarded: true,
    render: (c) => (
      <OpenCatalogDialog
        recentFiles={c.settings.recentFiles}
        currentPath={c.catalogPath}
        onClose={c.close}
        onOpened={c.catalogOpened}
      />
    ),
  },
} satisfies Record<string, PanelDefinition>;

export type Panel = keyof typeof PANELS;
