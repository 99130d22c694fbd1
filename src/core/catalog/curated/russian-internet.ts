import { curated } from '../curated-entry'

/** Russian social networks, mail, job boards and work tools. */
export const RUSSIAN_INTERNET = curated('ru', [
  {
    id: 'vk',
    en: 'VK',
    ru: 'ВКонтакте',
    aliases: ['VK ID', 'VKontakte', 'ВК'],
    category: 'social',
    roles: 'LSR',
    domains: ['vk.com', 'vk.ru'],
    website: 'https://vk.com/'
  },
  {
    id: 'ok-ru',
    en: 'Odnoklassniki',
    ru: 'Одноклассники',
    aliases: ['OK', 'ОК'],
    category: 'social',
    roles: 'LSR',
    domains: ['ok.ru', 'odnoklassniki.ru'],
    website: 'https://ok.ru/'
  },
  {
    id: 'yandex-id',
    en: 'Yandex ID',
    ru: 'Яндекс ID',
    aliases: ['Яндекс', 'Яндекс Почта', 'Yandex', 'Yandex Mail', 'Яндекс Диск', 'Yandex Disk'],
    category: 'email',
    roles: 'LSRN',
    domains: ['yandex.ru', 'ya.ru', 'yandex.com', 'mail.yandex.com', 'disk.yandex.com'],
    website: 'https://id.yandex.ru/'
  },
  {
    id: 'mail-ru',
    en: 'Mail.ru',
    ru: 'Почта Mail.ru',
    aliases: ['Мейл.ру', 'Мэйл.ру', 'VK Почта'],
    category: 'email',
    roles: 'LSR',
    domains: ['mail.ru'],
    website: 'https://mail.ru/'
  },
  {
    id: 'rambler',
    en: 'Rambler (mail and Rambler ID)',
    ru: 'Рамблер',
    aliases: ['Рамблер Почта', 'Rambler ID'],
    category: 'email',
    roles: 'SR',
    domains: ['rambler.ru'],
    website: 'https://www.rambler.ru/'
  },
  {
    id: 'hh-ru',
    en: 'HeadHunter (hh.ru)',
    ru: 'ХэдХантер',
    aliases: ['hh', 'HeadHunter', 'Хедхантер'],
    category: 'work',
    roles: 'LN',
    domains: ['hh.ru', 'headhunter.ru'],
    website: 'https://hh.ru/'
  },
  {
    id: 'superjob',
    en: 'SuperJob',
    aliases: ['Суперджоб'],
    category: 'work',
    roles: 'LN',
    domains: ['superjob.ru'],
    website: 'https://www.superjob.ru/'
  },
  {
    id: 'rabota-ru',
    en: 'Rabota.ru',
    ru: 'Работа.ру',
    category: 'work',
    roles: 'LN',
    domains: ['rabota.ru'],
    website: 'https://www.rabota.ru/'
  },
  {
    id: '2gis',
    en: '2GIS',
    ru: '2ГИС',
    category: 'other',
    roles: 'L',
    domains: ['2gis.ru'],
    website: 'https://2gis.ru/'
  },
  {
    id: 'kontur',
    en: 'Kontur',
    ru: 'Контур',
    aliases: ['СКБ Контур', 'Контур.Диадок', 'Диадок'],
    category: 'work',
    roles: 'LN',
    domains: ['kontur.ru'],
    website: 'https://kontur.ru/'
  },
  {
    id: 'sbis',
    en: 'Saby (SBIS)',
    ru: 'СБИС',
    aliases: ['Saby', 'Тензор'],
    category: 'work',
    roles: 'LN',
    domains: ['sbis.ru'],
    website: 'https://sbis.ru/'
  },
  {
    id: 'bitrix24',
    en: 'Bitrix24',
    ru: 'Битрикс24',
    aliases: ['Битрикс'],
    category: 'work',
    roles: 'LR',
    domains: ['bitrix24.ru', 'bitrix24.com'],
    website: 'https://www.bitrix24.ru/'
  },
  {
    id: 'nic-ru',
    en: 'RU-CENTER (nic.ru)',
    aliases: ['РУ-ЦЕНТР', 'Ру-Центр', 'nic.ru'],
    category: 'work',
    roles: 'SR',
    domains: ['nic.ru'],
    website: 'https://www.nic.ru/'
  },
  {
    id: 'reg-ru',
    en: 'Reg.ru',
    aliases: ['Рег.ру', 'REG.RU'],
    category: 'work',
    roles: 'SR',
    domains: ['reg.ru', 'reg.com'],
    website: 'https://www.reg.ru/'
  },
  {
    id: 'selectel',
    en: 'Selectel',
    ru: 'Селектел',
    category: 'work',
    roles: 'SR',
    domains: ['selectel.ru'],
    website: 'https://selectel.ru/'
  },
  {
    id: 'timeweb',
    en: 'Timeweb',
    aliases: ['Таймвеб', 'Timeweb Cloud'],
    category: 'work',
    roles: 'SR',
    domains: ['timeweb.com'],
    website: 'https://timeweb.com/'
  },
  {
    id: 'beget',
    en: 'Beget',
    aliases: ['Бегет'],
    category: 'work',
    roles: 'SR',
    domains: ['beget.com'],
    website: 'https://beget.com/'
  }
])
