import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import { CatalogList } from '../catalog/CatalogList';
import { useCatalog } from '../catalog/useCatalog';
import { LanguageSwitch } from './LanguageSwitch';
import { Notices } from './Notices';

export function App() {
  const { t } = useTranslation();
  const catalog = useCatalog();

  return (
    <div className="app">
      <header className="toolbar">
        <h1 className="toolbar-title">{t('appName')}</h1>
        <LanguageSwitch />
      </header>
      <main className="content">
        {catalog.status === 'loading' && <p className="status-message">{t('loading')}</p>}
        {catalog.status === 'failed' && (
          <p className="status-message" role="alert">
            {t('loadFailed', {
              message:
                catalog.error instanceof CatalogError
                  ? describeError(t, catalog.error)
                  : String(catalog.error),
            })}
          </p>
        )}
        {catalog.status === 'ready' && (
          <>
            <Notices notices={catalog.info.notices} />
            <CatalogList designations={catalog.designations} />
          </>
        )}
      </main>
      <footer className="statusbar">
        {catalog.status === 'ready' && (
          <>
            <span>{t('designationCount', { count: catalog.designations.length })}</span>
            <span className="statusbar-path">{t('catalogFile', { path: catalog.info.path })}</span>
          </>
        )}
      </footer>
    </div>
  );
}
