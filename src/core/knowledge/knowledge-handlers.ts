import type { Handlers } from '../call/handler-types'
import { cancellationGuide } from './cancellation-guide'
import type { Knowledge } from './knowledge'

/** The knowledge base is read in main: the window asks for one country's facts in one language. */
export function buildKnowledgeHandlers(
  knowledge: () => Knowledge
): Pick<Handlers, 'getCancellationGuide'> {
  return {
    getCancellationGuide: async (input) => cancellationGuide(knowledge(), input)
  }
}
