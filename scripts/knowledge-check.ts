/**
 * Checks the knowledge base: npm run knowledge:check
 * Each refusal names the file, the field and the rule; the count of facts migrated
 * without a source is printed and may only go down.
 */
import { resolve } from 'node:path'
import { checkKnowledge, RULES } from './knowledge/check-knowledge'

const root = resolve(import.meta.dirname, '..')
const result = checkKnowledge({
  dir: resolve(root, 'resources/knowledge'),
  generatedFile: resolve(root, 'resources/catalog/catalog.json'),
  zhLocaleFile: resolve(root, 'locales/zh-CN.json'),
  root
})
for (const p of result.problems)
  console.error(`${p.file}: ${p.field || '(file)'}: ${p.rule}: ${p.message}`)
const rules = new Set(result.problems.map((p) => p.rule))
console.log(
  `${result.files} knowledge files, ${result.unverified} unverified facts (ceiling ${result.ceiling}), ` +
    (result.problems.length === 0
      ? 'every rule passes'
      : `${result.problems.length} problems: ${[...rules].map((r) => `${r} (${RULES[r]})`).join('; ')}`)
)
process.exit(result.problems.length === 0 ? 0 : 1)
