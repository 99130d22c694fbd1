/**
 * The password managers' CSV exports we read, told apart by their header row. Only the
 * item's name, its URLs and the login name are ever taken from a row; passwords, notes,
 * TOTP secrets and custom fields are never copied out of the parser's row.
 */
export interface CsvFormat {
  id: ExportFormat
  /** Columns that must all be present (exact header names). */
  signature: string[]
  name: string | null
  urls: string[]
  login: string
}

export type ExportFormat =
  | 'bitwarden-json'
  | 'bitwarden-csv'
  | 'chrome-csv'
  | 'firefox-csv'
  | 'keepassxc-csv'
  | '1password-csv'
  | 'apple-csv'

// Most specific first: Apple's and 1Password's headers overlap in part.
export const CSV_FORMATS: CsvFormat[] = [
  {
    id: 'bitwarden-csv',
    signature: [
      'folder',
      'favorite',
      'type',
      'name',
      'login_uri',
      'login_username',
      'login_password'
    ],
    name: 'name',
    urls: ['login_uri'],
    login: 'login_username'
  },
  {
    id: 'firefox-csv',
    signature: ['url', 'username', 'password', 'httpRealm', 'formActionOrigin', 'guid'],
    name: null,
    urls: ['url'],
    login: 'username'
  },
  {
    id: 'keepassxc-csv',
    signature: ['Group', 'Title', 'Username', 'Password', 'URL', 'Notes'],
    name: 'Title',
    urls: ['URL'],
    login: 'Username'
  },
  {
    id: '1password-csv',
    signature: ['Title', 'Url', 'Username', 'Password', 'OTPAuth'],
    name: 'Title',
    urls: ['Url'],
    login: 'Username'
  },
  {
    id: 'apple-csv',
    signature: ['Title', 'URL', 'Username', 'Password', 'OTPAuth'],
    name: 'Title',
    urls: ['URL'],
    login: 'Username'
  },
  {
    id: 'chrome-csv',
    signature: ['name', 'url', 'username', 'password'],
    name: 'name',
    urls: ['url'],
    login: 'username'
  }
]

export function detectCsvFormat(headers: string[]): CsvFormat | null {
  const present = new Set(headers.map((h) => h.trim()))
  return CSV_FORMATS.find((f) => f.signature.every((column) => present.has(column))) ?? null
}
