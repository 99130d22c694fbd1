import type { PlaybookKind } from '../domain/playbook-kind'

/** A step of a playbook; its title and help live in the locale files under playbook.<kind>. */
export interface PlaybookStep {
  id: string
  /** The check that the account works without the old number: ticking it proposes "verified". */
  final?: boolean
}

/**
 * Ordered steps per kind. The order matters: the new way in is added and confirmed while
 * the old number still works, and only then is the old number removed.
 */
export const PLAYBOOK_STEPS: Record<PlaybookKind, PlaybookStep[]> = {
  bank: [
    { id: 'sign-in' },
    { id: 'find-channel' },
    { id: 'add-new' },
    { id: 'confirm-new' },
    { id: 'remove-old' },
    { id: 'update-cards' },
    { id: 'check-login', final: true }
  ],
  payments: [
    { id: 'sign-in' },
    { id: 'add-new' },
    { id: 'confirm-new' },
    { id: 'remove-old' },
    { id: 'check-recovery' },
    { id: 'check-login', final: true }
  ],
  email: [
    { id: 'sign-in' },
    { id: 'add-2fa' },
    { id: 'recovery-email' },
    { id: 'remove-old' },
    { id: 'app-passwords' },
    { id: 'check-login', final: true }
  ],
  social: [
    { id: 'sign-in' },
    { id: 'add-2fa' },
    { id: 'add-new' },
    { id: 'remove-old' },
    { id: 'check-recovery' },
    { id: 'check-login', final: true }
  ],
  messenger: [
    { id: 'backup' },
    { id: 'change-number' },
    { id: 'confirm-new' },
    { id: 'set-pin' },
    { id: 'tell-contacts' },
    { id: 'check-login', final: true }
  ],
  government: [
    { id: 'sign-in' },
    { id: 'change-phone' },
    { id: 'confirm-new' },
    { id: 'other-login' },
    { id: 'linked-services' },
    { id: 'check-login', final: true }
  ],
  marketplace: [
    { id: 'sign-in' },
    { id: 'add-new' },
    { id: 'confirm-new' },
    { id: 'remove-old' },
    { id: 'saved-cards' },
    { id: 'check-login', final: true }
  ],
  emergencyContact: [
    { id: 'find-where' },
    { id: 'ask-change' },
    { id: 'give-new' },
    { id: 'check-updated', final: true }
  ],
  generic: [
    { id: 'sign-in' },
    { id: 'add-new' },
    { id: 'confirm-new' },
    { id: 'remove-old' },
    { id: 'check-recovery' },
    { id: 'check-login', final: true }
  ]
}
