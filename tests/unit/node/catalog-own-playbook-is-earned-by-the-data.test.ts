import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'
import type { ServiceFile } from '../../../src/core/knowledge/knowledge-schema'
import { meetsPlaybookStandard } from '../../../src/core/knowledge/playbook-standard'

const knowledge = appKnowledge()
const withOwn = appCatalog().entries.filter((e) => e.ownPlaybook)

/** A deep copy to change one thing in. */
function copy(id: string): ServiceFile {
  return structuredClone(knowledge.service.get(id)!)
}

describe('ownPlaybook in the catalog', () => {
  it('is true for the services whose playbooks meet the standard, and only for curated ones', () => {
    expect(withOwn.length).toBeGreaterThanOrEqual(21)
    expect(withOwn.every((e) => e.curated)).toBe(true)
    for (const id of ['wechat', '12306', 'telegram', 'whatsapp', 'google', 'github'])
      expect(withOwn.map((e) => e.id)).toContain(id)
  })

  it('is earned by every part: a sourced change, route and next owner, and the foreign answer', () => {
    for (const entry of withOwn) {
      const file = knowledge.service.get(entry.id)!
      const pb = file.playbook!
      for (const part of [pb.steps, pb.route, pb.stranger]) {
        expect(part.length, entry.id).toBeGreaterThan(0)
        expect(
          part.every((s) => s.sources.length > 0),
          entry.id
        ).toBe(true)
      }
      expect(
        [...pb.steps, ...pb.route].every((s) => s.needsOldSim !== undefined),
        entry.id
      ).toBe(true)
      expect(file.phone.foreignNumber, entry.id).toBeDefined()
    }
  })

  it('is lost when a part goes or only unofficial pages stand behind it', () => {
    expect(meetsPlaybookStandard(copy('telegram'))).toBe(true)

    const noRoute = copy('telegram')
    noRoute.playbook!.route = []
    expect(meetsPlaybookStandard(noRoute)).toBe(false)

    const noStranger = copy('telegram')
    noStranger.playbook!.stranger = []
    expect(meetsPlaybookStandard(noStranger)).toBe(false)

    const unsourcedStep = copy('telegram')
    unsourcedStep.playbook!.steps[0]!.sources = []
    expect(meetsPlaybookStandard(unsourcedStep)).toBe(false)

    const silentOnSim = copy('telegram')
    delete silentOnSim.playbook!.route[0]!.needsOldSim
    expect(meetsPlaybookStandard(silentOnSim)).toBe(false)

    const noForeign = copy('telegram')
    delete noForeign.phone.foreignNumber
    expect(meetsPlaybookStandard(noForeign)).toBe(false)

    const foreignUnsourced = copy('airbnb')
    foreignUnsourced.phone.foreignNumber!.sources = []
    expect(meetsPlaybookStandard(foreignUnsourced)).toBe(false)

    const onlyUnofficial = copy('telegram')
    const pb = onlyUnofficial.playbook!
    for (const s of [...pb.steps, ...pb.waits, ...pb.route, ...pb.stranger, ...pb.contacts])
      s.sources = s.sources.map((x) => ({ ...x, kind: 'unofficial' as const }))
    expect(meetsPlaybookStandard(onlyUnofficial)).toBe(false)
  })

  it('stays false where the data leave a part unsaid', () => {
    // Gosuslugi's steps do not say whether they need the old SIM, and nothing acceptable
    // says how to change its number without it: it does not count.
    expect(withOwn.map((e) => e.id)).not.toContain('gosuslugi')
  })
})
