/**
 * Android apps by package name, for app logins in password exports
 * (android://…@com.vkontakte.android/). Hand-written: each package is the one the
 * service's Google Play page is published under, and that page is the source.
 */
export interface AndroidApp {
  package: string
  /** The curated catalog entry the app belongs to. */
  catalogId: string
  source: string
}

const play = (pkg: string): string => `https://play.google.com/store/apps/details?id=${pkg}`

const app = (pkg: string, catalogId: string): AndroidApp => ({
  package: pkg,
  catalogId,
  source: play(pkg)
})

export const ANDROID_APPS: readonly AndroidApp[] = [
  app('com.vkontakte.android', 'vk'),
  app('ru.sberbankmobile', 'sber'),
  app('com.idamob.tinkoff.android', 't-bank'),
  app('ru.vtb24.mobilebanking.android', 'vtb'),
  app('ru.alfabank.mobile.android', 'alfa-bank'),
  app('ru.rostel', 'gosuslugi'),
  app('ru.ozon.app.android', 'ozon'),
  app('com.wildberries.ru', 'wildberries'),
  app('com.avito.android', 'avito'),
  app('ru.yandex.taxi', 'yandex-go'),
  app('ru.mail.mailapp', 'mail-ru'),
  app('org.telegram.messenger', 'telegram'),
  app('com.tencent.mm', 'wechat'),
  app('com.tencent.mobileqq', 'qq'),
  app('com.eg.android.AlipayGphone', 'alipay'),
  app('com.taobao.taobao', 'taobao')
]

const BY_PACKAGE = new Map(ANDROID_APPS.map((a) => [a.package.toLowerCase(), a.catalogId]))

/** The catalog id of an Android app's service, when the list knows the package. */
export function serviceOfAndroidApp(pkg: string): string | undefined {
  return BY_PACKAGE.get(pkg.toLowerCase())
}
