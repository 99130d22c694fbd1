import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'

/**
 * The services people leaving Russia and Chinese students and workers name when they list
 * what hangs on a number, each as they would type it (Russian, Chinese or English), and
 * the catalog entry it must find.
 */
const NAMED: Array<[string, string]> = [
  ['Мой налог', 'moy-nalog'],
  ['Госключ', 'goskey'],
  ['БКС', 'bcs'],
  ['Финам', 'finam'],
  ['ВТБ Мои Инвестиции', 'vtb'],
  ['VTB My Investments', 'vtb'],
  ['Долями', 'dolyame'],
  ['Сплит', 'yandex-split'],
  ['Вайлдберриз Банк', 'wb-bank'],
  ['НБКИ', 'nbki'],
  ['ОКБ', 'okb'],
  ['VK ID', 'vk'],
  ['Одноклассники', 'ok-ru'],
  ['Дзен', 'dzen'],
  ['Госуслуги', 'gosuslugi'],
  ['Сбербанк Онлайн', 'sber'],
  ['Т-Банк', 't-bank'],
  ['学信网', 'chsi'],
  ['个人所得税', 'china-iit'],
  ['国家政务服务平台', 'gjzwfw'],
  ['中国领事', 'china-consular'],
  ['国家移民管理局', 'nia'],
  ['掌上12333', 'china-12333'],
  ['医保', 'nhsa'],
  ['国家医保服务平台', 'nhsa'],
  ['住房公积金', 'housing-fund'],
  ['工商银行', 'icbc'],
  ['建设银行', 'ccb'],
  ['中国银行', 'bank-of-china'],
  ['农业银行', 'abc'],
  ['招商银行', 'cmb'],
  ['微众银行', 'webank'],
  ['网商银行', 'mybank-cn'],
  ['京东金融', 'jd-finance'],
  ['微信支付', 'wechat'],
  ['Optima Bank', 'optima-bank'],
  ['MBank', 'mbank-kg'],
  ['Kapitalbank', 'kapitalbank'],
  ['TBC Bank Uzbekistan', 'tbc-uz'],
  ['Humo', 'humo'],
  ['Uzcard', 'uzcard'],
  ['İş Bankası', 'isbank'],
  ['Garanti BBVA', 'garanti-bbva'],
  ['e-Devlet', 'e-devlet'],
  ['Emirates NBD', 'emirates-nbd'],
  ['Wio', 'wio'],
  ['UAE Pass', 'uae-pass']
]

describe('the catalog finds each service by the name its users type', () => {
  const catalog = appCatalog()
  for (const [text, id] of NAMED)
    it(`${text} → ${id}`, () => {
      const found = catalog.search({ text }).entries.map((e) => e.id)
      expect(found).toContain(id)
      // It is a reviewed entry of the knowledge base, not one generated from a data set.
      expect(catalog.find(id)?.curated).toBe(true)
    })
})
