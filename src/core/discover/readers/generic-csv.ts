import type { GenericColumns } from '../../../shared/domain/discovery'
import { addresses } from './login-address'
import { Tally, every, type ExportInput, type ExportReader, type ParsedExport } from './reader'

/**
 * Header names of the columns a generic CSV is read by, in English, Russian and Chinese,
 * written as `normal` leaves them; where a file has several, the earlier name wins. A bare
 * "address" (адрес, 地址) is left out: in an address book it is a street.
 */
const URL_HEADERS = [
  'url',
  'login url',
  'login uri',
  'uri',
  'urls',
  'website',
  'web site',
  'web address',
  'site',
  'link',
  'domain',
  'сайт',
  'адрес сайта',
  'веб сайт',
  'url адрес',
  'ссылка',
  'домен',
  '网址',
  '网站',
  '网站地址',
  '登录网址',
  '链接',
  '域名',
  '站点'
]
const NAME_HEADERS = [
  'name',
  'title',
  'item name',
  'entry',
  'service',
  'название',
  'наименование',
  'заголовок',
  'имя записи',
  'сервис',
  'запись',
  '名称',
  '标题',
  '网站名称',
  '站点名称',
  '服务',
  '条目',
  '名字'
]
const LOGIN_HEADERS = [
  'username',
  'user name',
  'login',
  'login name',
  'login username',
  'user',
  'userid',
  'user id',
  'account',
  'email',
  'e mail',
  'email address',
  'логин',
  'имя пользователя',
  'пользователь',
  'учетная запись',
  'учётная запись',
  'аккаунт',
  'почта',
  'электронная почта',
  'эл почта',
  '用户名',
  '账号',
  '帐号',
  '账户',
  '帐户',
  '登录名',
  '用户',
  '邮箱',
  '电子邮件',
  '电子邮箱'
]

/** A header as the lists above spell it: lower case, with _ - . : and runs of spaces as one space. */
function normal(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_.:-]+/g, ' ')
    .trim()
}

/** The index of the first column whose header is the earliest of these names, or -1. */
function columnOf(headers: readonly string[], names: readonly string[], taken: number[]): number {
  const normals = headers.map(normal)
  for (const name of names) {
    const at = normals.findIndex((h, i) => h === name && !taken.includes(i))
    if (at >= 0) return at
  }
  return -1
}

interface Columns {
  url: number
  name: number
  login: number
}

/**
 * The columns a CSV of logins is read by: a web address column and a name or a login
 * column, found by their headers. Null when the file lacks them: it is not a list of logins.
 */
function columnsOf(headers: readonly string[]): Columns | null {
  const url = columnOf(headers, URL_HEADERS, [])
  if (url < 0) return null
  const login = columnOf(headers, LOGIN_HEADERS, [url])
  const name = columnOf(headers, NAME_HEADERS, [url, login])
  return name < 0 && login < 0 ? null : { url, name, login }
}

/** A cell holding several addresses: one a line, or comma-separated before each scheme. */
const splitUrls = (cell: string): string[] =>
  cell.split(/\s*[\r\n]+\s*|\s*,\s*(?=[a-z][a-z0-9+.-]*:\/\/)/i)

/**
 * Any other CSV of logins, tried only when no known format claims the file (see
 * registry.ts): the web address, name and login name are read from the columns whose
 * headers say so, and the answer names those columns so the user can see how it was read.
 */
export const genericCsv: ExportReader = {
  id: 'generic-csv',
  label: 'CSV (generic)',
  kind: 'csv',
  detect: (input) => input.kind === 'csv' && columnsOf(input.headers) !== null,
  read: (input: ExportInput, progress): ParsedExport => {
    const columns = input.kind === 'csv' ? columnsOf(input.headers) : null
    if (input.kind !== 'csv' || !columns)
      throw new Error('The generic CSV reader was given another file.')
    const tally = new Tally('generic-csv')
    tally.unreadable(input.unreadable)
    const tick = every(input.rows.length, progress)
    const cell = (row: string[], at: number): string => (at < 0 ? '' : (row[at] ?? '').trim())
    input.rows.forEach((row, i) => {
      const url = cell(row, columns.url)
      const login = cell(row, columns.login)
      // Without an address or a login name a row is no login: a note, a Wi-Fi key, a PIN.
      if (!url && !login) tally.skip('other')
      else tally.login({ name: cell(row, columns.name), login, ...addresses(splitUrls(url)) })
      tick(i + 1)
    })
    const header = (at: number): string | null => (at < 0 ? null : (input.headers[at] ?? null))
    const used: GenericColumns = {
      url: header(columns.url) ?? '',
      name: header(columns.name),
      login: header(columns.login)
    }
    return { ...tally.result(), columns: used }
  }
}
