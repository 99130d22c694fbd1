/**
 * A student with two numbers: a Russian MegaFon number whose cancellation is planned (the
 * SIM still works) and a Chinese China Mobile number cancelled last year, replaced by a
 * new Chinese one. Her password export spells both numbers in every common way, with
 * strangers that spell neither; her dual-SIM phone's backup holds both SIMs' messages.
 */

export const RU = {
  number: '+7 937 123-45-67',
  e164: '+79371234567',
  country: 'RU',
  carrier: 'MegaFon',
  status: 'planned',
  cancellationDate: '2026-12-28'
} as const

export const CN = {
  number: '+86 139 1234 5678',
  e164: '+8613912345678',
  country: 'CN',
  carrier: 'China Mobile',
  status: 'confirmed',
  cancellationDate: '2025-08-15',
  replacementNumber: '+86 138 0013 8000',
  replacementE164: '+8613800138000'
} as const

/** The spellings a login may use for each number, as people and password managers type them. */
export const SPELLINGS = {
  cn: ['+86 139 1234 5678', '13912345678', '86-13912345678', '139 1234 5678', '0086 139 1234 5678'],
  ru: ['+7 (937) 123-45-67', '89371234567', '9371234567', '8 (937) 123 45 67', '+7 937 123 45 67']
} as const

/** One digit off, Kazakhstan's +7 701, and the Chinese digits behind the US code: none of hers. */
export const STRANGERS = ['+7 937 123-45-68', '+7 701 123 4567', '+1 391 234 5678'] as const

const csvCell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/** Bitwarden's CSV, as its exporter writes it. */
function bitwardenCsv(rows: Array<[name: string, url: string, login: string]>): string {
  const header =
    'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp'
  const lines = rows.map(([name, url, login], i) =>
    ['', '', 'login', name, '', '', '0', url, login, `PLANTED-PASSWORD-${i}`, '']
      .map(csvCell)
      .join(',')
  )
  return [header, ...lines].join('\r\n')
}

/**
 * Logins in both countries' spellings: each of her services with the number it is on,
 * Telegram once per number (two accounts), strangers on three services, a service
 * already moved to the new Chinese number, and two with e-mail logins.
 */
export function twoNumberExport(): string {
  return bitwardenCsv([
    ['Taobao', 'https://login.taobao.com/', SPELLINGS.cn[0]],
    ['Alipay', 'https://auth.alipay.com/', SPELLINGS.cn[1]],
    ['12306', 'https://kyfw.12306.cn/otn/resources/login.html', SPELLINGS.cn[2]],
    ['WeChat', 'https://wx.qq.com/', SPELLINGS.cn[3]],
    ['JD', 'https://passport.jd.com/', SPELLINGS.cn[4]],
    ['Gosuslugi', 'https://esia.gosuslugi.ru/', SPELLINGS.ru[0]],
    ['T-Bank', 'https://www.tbank.ru/login/', SPELLINGS.ru[1]],
    ['VK', 'https://id.vk.com/', SPELLINGS.ru[2]],
    ['Avito', 'https://www.avito.ru/', SPELLINGS.ru[3]],
    ['Yandex', 'https://passport.yandex.ru/', SPELLINGS.ru[4]],
    ['Telegram RU', 'https://web.telegram.org/', '+7 937 123 45 67'],
    ['Telegram CN', 'https://web.telegram.org/', '+86 139 1234 5678'],
    ['Ozon', 'https://www.ozon.ru/', STRANGERS[0]],
    ['Kaspi', 'https://kaspi.kz/', STRANGERS[1]],
    ['Airbnb', 'https://www.airbnb.com/', STRANGERS[2]],
    ['Douyin', 'https://www.douyin.com/', CN.replacementNumber],
    ['Spotify', 'https://www.spotify.com/', 'me@example.org'],
    ['GitHub', 'https://github.com/login', 'me@example.org']
  ])
}

/** Where each of the export's services belongs by its login: the number, or none. */
export const EXPORT_NUMBERS: Record<string, string | null> = {
  taobao: CN.e164,
  alipay: CN.e164,
  '12306': CN.e164,
  wechat: CN.e164,
  jd: CN.e164,
  gosuslugi: RU.e164,
  't-bank': RU.e164,
  vk: RU.e164,
  avito: RU.e164,
  'yandex-id': RU.e164,
  ozon: null,
  kaspi: null,
  airbnb: null,
  douyin: null,
  spotify: null,
  github: null
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const DAY = 86_400_000
/** 1 Dec 2025, 09:00 UTC. */
const DEC1 = Date.UTC(2025, 11, 1, 9, 0, 0)

function sms(subId: string, address: string, body: string, date: number, type = 1): string {
  const sub = subId === '' ? '' : ` sub_id="${subId}"`
  return `  <sms protocol="0" address="${esc(address)}" date="${date}" type="${type}" subject="null" body="${esc(body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0"${sub} readable_date="" contact_name="(Unknown)" />`
}

/**
 * Her dual-SIM phone's SMS Backup & Restore file: SIM 1 is the Russian number (T-Bank
 * codes, Gosuslugi, Ozon, a bank's short code 3443 the catalog does not know), SIM 2 the Chinese one (Alipay, 12306,
 * WeChat, by their 【signatures】). T-Bank also wrote once to the Chinese SIM. Codes in
 * the bodies must never be stored or shown.
 */
export function twoSimBackup(): string {
  const lines = [
    sms('1', 'Tinkoff', 'Код для входа в Т-Банк: 482913. Никому не говорите код!', DEC1 - 40 * DAY),
    sms('1', 'TINKOFF', 'Никому не сообщайте этот код: 551208', DEC1 - 2 * DAY),
    sms('1', 'Gosuslugi', 'Код подтверждения: 318845. Госуслуги', DEC1 - 30 * DAY),
    sms('1', 'OZON', 'Заказ 12345678 доставлен. Сумма 2490 руб.', DEC1 - 10 * DAY),
    sms('1', '3443', 'Перевод 1000 р. Баланс 5 000 р.', DEC1 - 5 * DAY),
    sms('1', '3443', 'Списание 250 р. Баланс 4 750 р.', DEC1 - 4 * DAY),
    sms('1', '+79031112233', 'Привет, это Маша', DEC1 - 3 * DAY),
    sms('2', '10690000999', '您尾号1234的账户支出人民币2500.00元【支付宝】', DEC1 - 200 * DAY),
    sms('2', '1069012345678', '【微信】验证码：771204，用于登录，5分钟内有效。', DEC1 - 190 * DAY),
    sms('2', '12306', '【铁路12306】订单E123456789已支付。', DEC1 - 180 * DAY),
    sms('2', 'Tinkoff', 'Код для входа в Т-Банк: 904417', DEC1 - 185 * DAY),
    // Sent from the Russian SIM: says nothing of what the number is tied to.
    sms('1', '+79031112233', 'Ок', DEC1 - 3 * DAY, 2)
  ]
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<!--File Created By SMS Backup & Restore v10.20.002 on 02/12/2025 09:00:00-->
<smses count="${lines.length}" backup_set="c2e1d4a6" backup_date="${DEC1 + DAY}" type="full">
${lines.join('\n')}
</smses>
`
}

/** Codes written in the backup: none may be stored, printed or shown. */
export const BACKUP_CODES = ['482913', '551208', '318845', '771204', '904417'] as const
