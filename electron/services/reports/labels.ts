import type { TFunction } from 'i18next';
import type { Designation } from '../../../shared/model';

export const formatCertificate = (d: Designation, t: TFunction) =>
  d.certificateOfCompletion === null
    ? t('catalog:unknown')
    : t(d.certificateOfCompletion ? 'catalog:yes' : 'catalog:no');
