import type { PlaybookKind } from '../../shared/domain/playbook-kind'
import { fact, news, type SourcedKey } from './service-playbook'

/**
 * The way back without the old number for each kind of service, and what the number's
 * next owner could do. Texts: kinds.<kind>.route.<key> and kinds.<kind>.stranger.<key>.
 * This is general advice; a statement about real events carries its source.
 */
export interface KindRoute {
  route: string[]
  stranger: SourcedKey[]
}

const SAKHALIN_LOAN = news(
  'https://worldinform.ru/articles/309519-kredit-iz-proshlogo-neizvestnye-vognali-sahalinca-v-dolgi-s-pomoschyu-ego-staroi-sim-karty'
)

export const KIND_ROUTES: Record<PlaybookKind, KindRoute> = {
  bank: {
    route: ['branch', 'support', 'video', 'abroad'],
    stranger: [fact('loan', SAKHALIN_LOAN), fact('block')]
  },
  payments: {
    route: ['otherFactor', 'support'],
    stranger: [fact('reset'), fact('freeze')]
  },
  email: {
    route: ['otherMethods', 'form', 'wait'],
    stranger: [fact('reset'), fact('remove')]
  },
  social: {
    route: ['session', 'recovery'],
    stranger: [fact('posing')]
  },
  messenger: {
    route: ['session', 'password', 'deactivate'],
    stranger: [fact('register'), fact('stop')]
  },
  government: {
    route: ['password', 'bank', 'centre'],
    stranger: [
      fact(
        'loan',
        news(
          'https://okt-tuganyak.ru/news/chelovek-i-zakon-keshe-m-khokuk/2025-12-04/pensioner-isemen-kredit-r-smil-shterg-nn-r-4493677',
          '2025-12-04'
        )
      ),
      fact('remove')
    ]
  },
  marketplace: {
    route: ['support', 'session'],
    stranger: [fact('cards', news('https://ru24.pro/kostroma/419467423')), fact('remove')]
  },
  emergencyContact: {
    route: ['ask', 'official'],
    stranger: [fact('calls')]
  },
  generic: {
    route: ['otherFactor', 'support'],
    stranger: [fact('codes')]
  }
}
