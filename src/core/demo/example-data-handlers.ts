import type { Handlers } from '../handlers'
import { loadExampleData, type DemoDeps } from './load-demo'
import { removeExampleData } from './remove-demo'

/** Example data in and out, over the same rules as the user's own records. */
export function buildExampleDataHandlers(
  deps: DemoDeps
): Pick<Handlers, 'loadExampleData' | 'removeExampleData'> {
  return {
    loadExampleData: () => loadExampleData(deps),
    removeExampleData: () => removeExampleData(deps)
  }
}
