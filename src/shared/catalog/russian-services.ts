import { entry, type CatalogEntry } from './entry'

export const RUSSIAN_SERVICES: CatalogEntry[] = [
  entry('gosuslugi', 'Gosuslugi', 'government', 'LSRN', 'government', {
    aliases: ['Госуслуги', 'ЕСИА'],
    url: 'https://www.gosuslugi.ru/',
    domains: ['gosuslugi.ru']
  }),
  entry('nalog', 'Federal Tax Service (taxpayer account)', 'government', 'LRN', 'government', {
    aliases: ['ФНС', 'Налог.ру', 'Личный кабинет налогоплательщика'],
    url: 'https://www.nalog.gov.ru/',
    domains: ['nalog.gov.ru', 'nalog.ru']
  }),
  entry('mos-ru', 'mos.ru', 'government', 'LSRN', 'government', {
    aliases: ['Мос.ру', 'Портал мэра Москвы'],
    url: 'https://www.mos.ru/',
    domains: ['mos.ru']
  }),
  entry('sfr', 'Social Fund of Russia (SFR)', 'government', 'LN', 'government', {
    aliases: ['СФР', 'Социальный фонд', 'Пенсионный фонд'],
    url: 'https://sfr.gov.ru/',
    domains: ['sfr.gov.ru']
  }),
  entry('vk', 'VK', 'social', 'LSR', 'social', {
    aliases: ['ВКонтакте', 'VK ID'],
    url: 'https://vk.com/',
    domains: ['vk.com', 'vk.ru']
  }),
  entry('ok-ru', 'Odnoklassniki', 'social', 'LSR', 'social', {
    aliases: ['Одноклассники', 'OK'],
    url: 'https://ok.ru/',
    domains: ['ok.ru']
  }),
  entry('yandex-id', 'Yandex ID', 'email', 'LSRN', 'email', {
    aliases: ['Яндекс ID', 'Яндекс', 'Яндекс Почта'],
    url: 'https://id.yandex.ru/',
    domains: ['yandex.ru', 'ya.ru']
  }),
  entry('mail-ru', 'Mail.ru', 'email', 'LSR', 'email', {
    aliases: ['Почта Mail.ru', 'Мейл.ру'],
    url: 'https://mail.ru/',
    domains: ['mail.ru']
  }),
  entry('ozon', 'Ozon', 'marketplace', 'LN', 'marketplace', {
    aliases: ['Озон'],
    url: 'https://www.ozon.ru/',
    domains: ['ozon.ru']
  }),
  entry('wildberries', 'Wildberries', 'marketplace', 'LN', 'marketplace', {
    aliases: ['Вайлдберриз', 'WB'],
    url: 'https://www.wildberries.ru/',
    domains: ['wildberries.ru', 'wb.ru']
  }),
  entry('avito', 'Avito', 'marketplace', 'LSN', 'marketplace', {
    aliases: ['Авито'],
    url: 'https://www.avito.ru/',
    domains: ['avito.ru']
  }),
  entry('yandex-market', 'Yandex Market', 'marketplace', 'LN', 'marketplace', {
    aliases: ['Яндекс Маркет'],
    url: 'https://market.yandex.ru/',
    domains: ['market.yandex.ru']
  }),
  entry('kuper', 'Kuper (SberMarket)', 'marketplace', 'LN', 'marketplace', {
    aliases: ['Купер', 'СберМаркет'],
    domains: ['kuper.ru', 'sbermarket.ru']
  }),
  entry('yandex-go', 'Yandex Go', 'transport', 'LN', 'generic', {
    aliases: ['Яндекс Go', 'Яндекс Такси']
  }),
  entry('rzd', 'Russian Railways (RZD)', 'transport', 'LN', 'generic', {
    aliases: ['РЖД', 'Ржд Пассажирам'],
    url: 'https://www.rzd.ru/',
    domains: ['rzd.ru']
  }),
  entry('aeroflot', 'Aeroflot', 'transport', 'LN', 'generic', {
    aliases: ['Аэрофлот', 'Аэрофлот Бонус'],
    url: 'https://www.aeroflot.ru/',
    domains: ['aeroflot.ru']
  }),
  entry('tutu', 'Tutu.ru', 'transport', 'LN', 'generic', {
    aliases: ['Туту.ру'],
    url: 'https://www.tutu.ru/',
    domains: ['tutu.ru']
  }),
  entry('hh-ru', 'HeadHunter (hh.ru)', 'work', 'LN', 'generic', {
    aliases: ['ХэдХантер', 'hh'],
    url: 'https://hh.ru/',
    domains: ['hh.ru']
  }),
  entry('kinopoisk', 'Kinopoisk', 'other', 'LN', 'generic', {
    aliases: ['Кинопоиск'],
    url: 'https://www.kinopoisk.ru/',
    domains: ['kinopoisk.ru']
  }),
  entry('2gis', '2GIS', 'other', 'L', 'generic', {
    aliases: ['2ГИС'],
    url: 'https://2gis.ru/',
    domains: ['2gis.ru']
  }),
  entry('mts', 'MTS (personal account)', 'telecom', 'LSN', 'generic', {
    aliases: ['МТС', 'Мой МТС'],
    url: 'https://mts.ru/',
    domains: ['mts.ru']
  }),
  entry('beeline', 'Beeline (personal account)', 'telecom', 'LSN', 'generic', {
    aliases: ['Билайн', 'Мой Билайн'],
    url: 'https://beeline.ru/',
    domains: ['beeline.ru']
  }),
  entry('megafon', 'MegaFon (personal account)', 'telecom', 'LSN', 'generic', {
    aliases: ['МегаФон'],
    url: 'https://megafon.ru/',
    domains: ['megafon.ru']
  }),
  entry('t2', 'T2 (Tele2, personal account)', 'telecom', 'LSN', 'generic', {
    aliases: ['Т2', 'Теле2', 'Tele2'],
    domains: ['t2.ru', 'tele2.ru']
  }),
  entry('yota', 'Yota (personal account)', 'telecom', 'LSN', 'generic', {
    aliases: ['Йота'],
    url: 'https://www.yota.ru/',
    domains: ['yota.ru']
  }),
  entry('rostelecom', 'Rostelecom', 'telecom', 'LN', 'generic', {
    aliases: ['Ростелеком'],
    url: 'https://www.rt.ru/',
    domains: ['rt.ru']
  }),
  entry('mosenergosbyt', 'Mosenergosbyt', 'utilities', 'LN', 'generic', {
    aliases: ['Мосэнергосбыт'],
    url: 'https://www.mosenergosbyt.ru/',
    domains: ['mosenergosbyt.ru']
  })
]
