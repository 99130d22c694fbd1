import type { CatalogEntry } from '../../../../shared/catalog/catalog-values'
import { CHINESE_PLATFORMS } from './chinese-platforms'
import { INTERNATIONAL } from './international'
import { MESSENGERS } from './messengers'
import { RUSSIAN_BANKS } from './russian-banks'
import { RUSSIAN_SERVICES } from './russian-services'

/** The hand-written layer: it wins over the data sets wherever both know a service. */
export const CURATED: readonly CatalogEntry[] = [
  ...RUSSIAN_BANKS,
  ...RUSSIAN_SERVICES,
  ...MESSENGERS,
  ...CHINESE_PLATFORMS,
  ...INTERNATIONAL
]
