import { describe, expect, it } from 'vitest'
import { PHASES } from '../../../src/shared/domain/phase'
import { PLAYBOOK_KINDS } from '../../../src/shared/domain/playbook-kind'
import { PLAYBOOK_STEPS } from '../../../src/shared/playbooks/steps'
import { GUIDANCE_MESSAGES } from '../../../src/core/guidance/guidance-messages'
import { KIND_ROUTES } from '../../../src/core/guidance/kind-routes'
import { SERVICE_PLAYBOOKS } from '../../../src/core/guidance/service-playbooks'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const flat = (language: string): Map<string, string> => flatten(GUIDANCE_MESSAGES[language] as Tree)

/** Every key the guidance data names. */
function namedKeys(): Set<string> {
  const keys = new Set<string>([
    'phase.planning',
    'phase.planningLockedOut',
    'phase.cancelled',
    'phase.cancelledOn',
    'phase.reissueFrom',
    'phase.possiblyReassigned',
    'foreign.notKnown'
  ])
  for (const kind of PLAYBOOK_KINDS) {
    for (const step of PLAYBOOK_STEPS[kind])
      for (const phase of PHASES.filter((p) => p !== 'planning'))
        keys.add(`kinds.${kind}.steps.${step.id}.${phase}`)
    for (const key of KIND_ROUTES[kind].route) keys.add(`kinds.${kind}.route.${key}`)
    for (const f of KIND_ROUTES[kind].stranger) keys.add(`kinds.${kind}.stranger.${f.key}`)
  }
  for (const s of SERVICE_PLAYBOOKS.values()) {
    for (const part of ['steps', 'waits', 'route', 'stranger'] as const)
      for (const f of s[part]) keys.add(`services.${s.id}.${part}.${f.key}`)
    for (const c of s.contacts) keys.add(`services.${s.id}.contacts.${c.key}`)
    if (s.foreign.answer !== 'notKnown') keys.add(`services.${s.id}.foreign`)
  }
  return keys
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()

describe('the guidance message files', () => {
  it('hold exactly the keys the guidance names, in English', () => {
    const english = [...flat('en').keys()].sort()
    expect(english).toEqual([...namedKeys()].sort())
  })

  for (const language of ['ru', 'zh-CN'])
    it(`${language} has the same keys as English, each translated, with the same placeholders`, () => {
      const english = flat('en')
      const other = flat(language)
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort())
      for (const [key, text] of other) {
        expect(placeholders(text), key).toEqual(placeholders(english.get(key)!))
        expect(text, key).not.toBe(english.get(key))
      }
    })

  for (const language of ['en', 'ru', 'zh-CN'])
    it(`${language} has no empty text`, () => {
      for (const [key, text] of flat(language)) expect(text.trim(), key).not.toBe('')
    })
})
