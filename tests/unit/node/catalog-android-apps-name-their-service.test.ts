import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { androidApps, serviceOfAndroidApp } from '../../../src/core/catalog/service-signals'

describe('the Android package list', () => {
  it('points every package at a curated entry, with its Google Play page as the source', () => {
    const catalog = appCatalog()
    const ANDROID_APPS = androidApps()
    expect(ANDROID_APPS.length).toBeGreaterThan(10)
    for (const app of ANDROID_APPS) {
      expect(catalog.find(app.catalogId)?.curated, app.package).toBe(true)
      expect(app.source).toBe(`https://play.google.com/store/apps/details?id=${app.package}`)
    }
    expect(new Set(ANDROID_APPS.map((a) => a.package.toLowerCase())).size).toBe(ANDROID_APPS.length)
  })

  it('knows the apps people log in with most, in any letter case', () => {
    expect(serviceOfAndroidApp('com.vkontakte.android')).toBe('vk')
    expect(serviceOfAndroidApp('ru.sberbankmobile')).toBe('sber')
    expect(serviceOfAndroidApp('com.tencent.mm')).toBe('wechat')
    expect(serviceOfAndroidApp('com.eg.android.alipaygphone')).toBe('alipay')
    expect(serviceOfAndroidApp('com.example.app')).toBeUndefined()
  })
})
