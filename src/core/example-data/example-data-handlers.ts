import type { Handlers } from '../call/handler-types'
import { loadExampleData, type DemoDeps } from './load-example-data'
import { removeExampleData } from './remove-example-data'

/** Example data in and out, over the same rules as the user's own records. */
export function buildExampleDataHandlers(
  deps: DemoDeps
): Pick<Handlers, 'loadExampleData' | 'removeExampleData'> {
  return {
    loadExampleData: () => loadExampleData(deps),
    removeExampleData: () => removeExampleData(deps)
  }
}
