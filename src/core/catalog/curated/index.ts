import type { CatalogEntry } from '../../../shared/catalog/catalog-values'
import { CHINESE_FINANCE_AND_TELECOM } from './chinese-finance-and-telecom'
import { CHINESE_MEDIA_AND_WORK } from './chinese-media-and-work'
import { CHINESE_PLATFORMS } from './chinese-platforms'
import { CHINESE_SHOPPING } from './chinese-shopping'
import { CHINESE_TRAVEL } from './chinese-travel'
import { INTERNATIONAL } from './international'
import { INTERNATIONAL_MONEY } from './international-money'
import { INTERNATIONAL_TRAVEL_AND_SHOPPING } from './international-travel-and-shopping'
import { MESSENGERS } from './messengers'
import { RUSSIAN_BANKS } from './russian-banks'
import { RUSSIAN_FOOD_AND_DELIVERY } from './russian-food-and-delivery'
import { RUSSIAN_GOVERNMENT } from './russian-government'
import { RUSSIAN_INTERNET } from './russian-internet'
import { RUSSIAN_MEDIA } from './russian-media'
import { RUSSIAN_PAYMENTS } from './russian-payments'
import { RUSSIAN_SHOPPING } from './russian-shopping'
import { RUSSIAN_TELECOM } from './russian-telecom'
import { RUSSIAN_TRAVEL } from './russian-travel'

/**
 * The hand-written layer: it wins over the data sets wherever both know a service.
 * A more specific domain (market.yandex.ru, weixin.qq.com) names its own entry, so the
 * order here only decides which entry a search lists first.
 */
export const CURATED: readonly CatalogEntry[] = [
  ...RUSSIAN_BANKS,
  ...RUSSIAN_PAYMENTS,
  ...RUSSIAN_GOVERNMENT,
  ...RUSSIAN_INTERNET,
  ...RUSSIAN_SHOPPING,
  ...RUSSIAN_FOOD_AND_DELIVERY,
  ...RUSSIAN_TRAVEL,
  ...RUSSIAN_MEDIA,
  ...RUSSIAN_TELECOM,
  ...MESSENGERS,
  ...CHINESE_PLATFORMS,
  ...CHINESE_SHOPPING,
  ...CHINESE_TRAVEL,
  ...CHINESE_FINANCE_AND_TELECOM,
  ...CHINESE_MEDIA_AND_WORK,
  ...INTERNATIONAL,
  ...INTERNATIONAL_MONEY,
  ...INTERNATIONAL_TRAVEL_AND_SHOPPING
]
